# One brief, repeatable fuzz run for ctest: cmake -DFUZZER=<exe> -DSEEDS=<dir>
# -DWORK=<dir> -DRUNS=<n> -P brief.cmake. New inputs go to WORK (emptied first),
# never into the seed corpus in the source tree; a crash leaves its input
# there as crash-<sha1> and fails the test.
foreach(var FUZZER SEEDS WORK RUNS)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "brief.cmake needs -D${var}=...")
    endif()
endforeach()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus)
execute_process(
    COMMAND ${FUZZER} -runs=${RUNS} -seed=1 -max_total_time=240 -print_final_stats=1
            -artifact_prefix=${WORK}/ ${WORK}/corpus ${SEEDS}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    file(GLOB artifacts ${WORK}/crash-* ${WORK}/leak-* ${WORK}/timeout-* ${WORK}/oom-*)
    message(FATAL_ERROR "${FUZZER} failed (${result}); reproduce with: ${FUZZER} ${artifacts}")
endif()

// The whole kill matrix (issue 15): every family x method, fotadesk-cli update
// killed with SIGKILL at each step start, right after each commit command
// reached the simulated module, and mid-transfer; started again up to twice.
// One row per case, then the summary. Run it through run.sh.
#include "matrixcases.h"
#include "matrixmain.h"

int main(int argc, char **argv)
{
    return runMatrixMain(argc, argv, QStringLiteral("kill matrix"), MatrixCases::killMatrix());
}

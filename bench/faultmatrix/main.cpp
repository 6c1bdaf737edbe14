// The whole fault matrix (issue 15): every family x method under each
// simulator fault that applies to it. One row per case, then the summary with
// the share ending verified or classified with the right reason, crashes and
// hangs past the watchdog. Run it through run.sh.
#include "matrixcases.h"
#include "matrixmain.h"

int main(int argc, char **argv)
{
    return runMatrixMain(argc, argv, QStringLiteral("fault matrix"), MatrixCases::faultMatrix());
}

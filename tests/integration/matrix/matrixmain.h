#pragma once

#include "matrixspec.h"

#include <QList>

// The command line of bench_killmatrix and bench_faultmatrix:
//   --bin DIR      the build's app/ folder (default $FOTADESK_BIN_DIR)
//   --work DIR     where the cases' folders go (default $FOTADESK_TEST_TMP or /tmp)
//   --parallel N   cases at once (default 3)
//   --case TEXT    only the cases whose name contains TEXT (repeatable)
//   --list         print the case names and stop
//   --keep         keep every case's folder, not only the failed ones'
//   --time-scale X the simulator's (default 0.02)
//   --watchdog S   one fotadesk-cli run at most S seconds (default 90)
// Exit status 0 when no case failed.
int runMatrixMain(int argc, char **argv, const QString &title, const QList<MatrixCase> &cases);

#pragma once

#include "matrixspec.h"

#include <QList>

// The rows of the two matrices. Names are what --case selects and what a row
// prints: "<family>/<method> <point>".
namespace MatrixCases {

// Every method x (each step start, each commit command, mid-transfer).
QList<MatrixCase> killMatrix();
// Every method x each fault that applies to it.
QList<MatrixCase> faultMatrix();
QList<FaultSpec> faultsFor(const MethodSpec &method);

} // namespace MatrixCases

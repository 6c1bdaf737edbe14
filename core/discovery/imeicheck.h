#pragma once

#include <QString>
#include <QStringList>

// Whether digits a module gives as its IMEI can tell it apart from every other
// module. A module that reports a made-up IMEI (all zeros on an uncalibrated
// board, a cloned 111...1) would otherwise be taken for another module with
// the same number, and its update given to the wrong one.
//
//  - 15 digits: the IMEI with its Luhn check digit, which must be right.
//  - 14 digits: an IMEI printed without its check digit (some firmwares do);
//    nothing to verify, so it is kept as printed, only the fake patterns are
//    refused. It is not completed with a computed digit: the user types and
//    sees what the module prints.
//  - 16 digits: an IMEISV (14 IMEI digits and a 2-digit software version, no
//    check digit); the IMEI is its first 14 digits with their Luhn digit, so
//    the module has the same key whichever form it printed.
//  - refused whatever the length: all zeros, and every digit the same.
//  - `accepted` (the station's setting of known test IMEIs) are taken as they
//    are, unchecked.
namespace ImeiCheck {

enum class Verdict {
    Valid,
    WithoutCheckDigit, // 14 digits
    FromImeiSv,        // 16 digits, turned into the 15-digit IMEI
    Accepted,          // in the accepted list
    NotAnImei,         // not 14-16 digits
    BadCheckDigit,
    AllZeros,
    AllSameDigit,
};

struct Result
{
    Verdict verdict = Verdict::NotAnImei;
    QString imei; // what identifies the module; empty when refused
    QString why;  // for a refusal, translated

    bool ok() const { return !imei.isEmpty(); }
};

Result check(const QString &digits, const QStringList &accepted = {});
// The Luhn check digit of `body` (digits only).
int luhnDigit(const QString &body);

} // namespace ImeiCheck

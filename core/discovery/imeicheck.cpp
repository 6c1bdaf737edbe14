#include "imeicheck.h"

#include <QCoreApplication>

#include <algorithm>

namespace ImeiCheck {

namespace {

bool allDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

QString tr(const char *text)
{
    return QCoreApplication::translate("ImeiCheck", text);
}

Result refused(Verdict verdict, const QString &why)
{
    Result r;
    r.verdict = verdict;
    r.why = why;
    return r;
}

} // namespace

int luhnDigit(const QString &body)
{
    // From the right, every other digit starting with the last one of the
    // body is doubled (it is the second from the right once the check digit
    // is appended).
    int sum = 0;
    bool twice = true;
    for (qsizetype i = body.size() - 1; i >= 0; --i, twice = !twice) {
        int d = body.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}

Result check(const QString &given, const QStringList &accepted)
{
    const QString digits = given.trimmed();
    if (accepted.contains(digits)) {
        Result r;
        r.verdict = Verdict::Accepted;
        r.imei = digits;
        return r;
    }
    if (!allDigits(digits) || digits.size() < 14 || digits.size() > 16)
        return refused(Verdict::NotAnImei, tr("%1 is not an IMEI (14 to 16 digits)").arg(digits));
    // The 14 digits that identify the module (TAC and serial number).
    const QString body = digits.left(14);
    if (body.count(u'0') == body.size())
        return refused(Verdict::AllZeros, tr("the IMEI %1 is all zeros, as on a module never given one").arg(digits));
    if (body.count(body.at(0)) == body.size())
        return refused(Verdict::AllSameDigit, tr("the IMEI %1 is one digit repeated, not a real one").arg(digits));
    Result r;
    switch (digits.size()) {
    case 14:
        r.verdict = Verdict::WithoutCheckDigit;
        r.imei = digits;
        return r;
    case 16:
        r.verdict = Verdict::FromImeiSv;
        r.imei = body + QString::number(luhnDigit(body));
        return r;
    default:
        break;
    }
    if (digits.at(14).digitValue() != luhnDigit(body))
        return refused(Verdict::BadCheckDigit,
                       tr("the IMEI %1 has a wrong check digit (Luhn: %2 expected)").arg(digits).arg(luhnDigit(body)));
    r.verdict = Verdict::Valid;
    r.imei = digits;
    return r;
}

} // namespace ImeiCheck

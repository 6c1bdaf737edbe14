// The identity answers (AT+CGMM, AT+CGMR, AT+CGSN, AT+CIMI, AT+CCID/#CCID/^SCID,
// AT+KGSN=3, AT+CPIN?, ATI1) read into a ModuleIdentity, and that identity's
// JSON (fotadesk-cli identify --json, the store) read back as the same identity.

#include "fuzzsupport.h"

#include "discovery/identityreader.h"
#include "modules/moduleidentity.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QJsonDocument>

using IdentityReader::Field;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider fdp(data, size);
    static const AtStatus statuses[] = {AtStatus::Ok, AtStatus::Ok, AtStatus::Ok, AtStatus::CmeError,
                                        AtStatus::Error, AtStatus::Timeout};
    const AtStatus status = fdp.PickValueInArray(statuses);
    const std::string rest = fdp.ConsumeRemainingBytesAsString();
    const QString text = QString::fromLatin1(rest.data(), qsizetype(rest.size()));

    AtResult result;
    result.status = status;
    result.lines = text.split(u'\n');
    if (status == AtStatus::CmeError)
        result.detail = result.lines.takeFirst();

    ModuleIdentity id;
    id.family = IdentityReader::familyFromText(text);
    for (const Field field : {Field::Manufacturer, Field::Model, Field::Firmware, Field::Imei, Field::Imsi,
                              Field::Iccid, Field::Serial, Field::SimState, Field::CinterionInfo}) {
        IdentityReader::apply(id, field, result);
    }
    for (const QString &line : std::as_const(result.lines))
        (void)IdentityReader::stripPrefix(line);
    (void)IdentityReader::queries(id.family);

    const auto allDigits = [](const QString &s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    FUZZ_CHECK(id.imei.isEmpty() || (id.imei.size() >= 14 && allDigits(id.imei)), id.imei);
    FUZZ_CHECK(id.imsi.isEmpty() || (id.imsi.size() >= 6 && allDigits(id.imsi)), id.imsi);
    FUZZ_CHECK(id.iccid.isEmpty() || (id.iccid.size() >= 18 && id.iccid.size() <= 22), id.iccid);
    FUZZ_CHECK(id.key().isEmpty() == (id.imei.isEmpty() && id.serial.isEmpty()), id.key());

    // Through JSON text and back, as the CLI prints it and the store keeps it.
    const QByteArray json = QJsonDocument(id.toJson()).toJson(QJsonDocument::Compact);
    const ModuleIdentity back = ModuleIdentity::fromJson(QJsonDocument::fromJson(json).object());
    FUZZ_CHECK(back == id, QString::fromUtf8(json));
    return 0;
}

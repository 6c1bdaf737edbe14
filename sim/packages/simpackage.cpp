#include "simpackage.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace {

const QByteArray kMagic = QByteArrayLiteral("FOTADESK-SIM-PACKAGE 1\n");

QByteArray headerText(Family family, const QString &model, const QString &from,
                      const QString &to, qint64 size, const QByteArray &digest)
{
    QByteArray h = kMagic;
    h += "family: " + familyId(family).toUtf8() + '\n';
    h += "model: " + model.toUtf8() + '\n';
    h += "from: " + from.toUtf8() + '\n';
    h += "to: " + to.toUtf8() + '\n';
    h += "size: " + QByteArray::number(size) + '\n';
    h += "digest: " + digest + "\n\n";
    return h;
}

QByteArray filler(qint64 bytes, quint32 seed)
{
    QByteArray out(bytes, Qt::Uninitialized);
    QRandomGenerator gen(seed);
    for (qint64 i = 0; i < bytes; ++i)
        out[i] = char(gen.generate() & 0xff);
    return out;
}

} // namespace

namespace SimPackage {

bool Header::appliesTo(Family moduleFamily, const QString &moduleModel, const QString &firmware) const
{
    return intact && family == moduleFamily && model.compare(moduleModel, Qt::CaseInsensitive) == 0
           && from == firmware;
}

QByteArray make(Family family, const QString &model, const QString &from, const QString &to,
                qint64 size)
{
    const QByteArray zeroDigest(64, '0');
    // The header's length does not depend on the digest's value, only on the
    // size's digits; settle the size first.
    qint64 headerSize = headerText(family, model, from, to, size, zeroDigest).size();
    qint64 total = qMax(size, headerSize);
    headerSize = headerText(family, model, from, to, total, zeroDigest).size();
    total = qMax(total, headerSize);
    const quint32 seed = qHash(familyId(family) + model + from + to) ^ quint32(total);
    const QByteArray body = filler(total - headerSize, seed);
    const QByteArray digest = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
    return headerText(family, model, from, to, total, digest) + body;
}

std::optional<Header> parse(const QByteArray &bytes)
{
    if (!bytes.startsWith(kMagic))
        return std::nullopt;
    const qsizetype end = bytes.indexOf("\n\n", kMagic.size() - 1);
    if (end < 0 || end > 4096)
        return std::nullopt;
    Header h;
    h.headerSize = end + 2;
    QByteArray digest;
    const QList<QByteArray> lines = bytes.mid(kMagic.size(), end - kMagic.size()).split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(": ");
        if (colon < 0)
            continue;
        const QByteArray key = line.left(colon);
        const QString value = QString::fromUtf8(line.mid(colon + 2));
        if (key == "family")
            h.family = familyFromId(value);
        else if (key == "model")
            h.model = value;
        else if (key == "from")
            h.from = value;
        else if (key == "to")
            h.to = value;
        else if (key == "size")
            h.size = value.toLongLong();
        else if (key == "digest")
            digest = value.toLatin1();
    }
    if (h.family == Family::Unknown || h.to.isEmpty())
        return std::nullopt;
    h.intact = h.size == bytes.size()
               && QCryptographicHash::hash(QByteArrayView(bytes).sliced(h.headerSize),
                                           QCryptographicHash::Sha256).toHex() == digest;
    return h;
}

} // namespace SimPackage

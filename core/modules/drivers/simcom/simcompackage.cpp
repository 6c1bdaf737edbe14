#include "simcompackage.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

SimcomPackage::Loaded refused(FailureReason reason, const QString &message, const QString &advice)
{
    SimcomPackage::Loaded l;
    l.reason = reason;
    l.message = message;
    l.advice = advice;
    return l;
}

} // namespace

bool SimcomPackage::isMd5Hex(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{32}$"));
    return hex.match(text).hasMatch();
}

SimcomPackage::Loaded SimcomPackage::load(const UpdateRequest &request, qint64 limit)
{
    const QString catalogMd5 = request.packageMd5.trimmed().toLower();
    if (!catalogMd5.isEmpty() && !isMd5Hex(catalogMd5))
        return refused(FailureReason::NotApplicable, tr("The package's MD5 is not 32 hex digits"),
                       tr("Check the package catalog entry."));
    if (request.packagePath.isEmpty())
        return refused(FailureReason::NotApplicable, tr("No package file is given"),
                       tr("Choose the package file to put on the module."));
    const QFileInfo info(request.packagePath);
    if (!info.isFile() || !info.isReadable())
        return refused(FailureReason::NotApplicable,
                       tr("The package file %1 cannot be read").arg(request.packagePath),
                       tr("Check that the file exists and is readable."));
    if (info.size() == 0)
        return refused(FailureReason::NotApplicable, tr("The package file is empty"),
                       tr("Check the package file."));
    if (limit > 0 && info.size() > limit)
        return refused(FailureReason::NoSpace,
                       tr("The package (%1 bytes) is larger than the module's FOTA partition (%2 bytes)")
                           .arg(info.size()).arg(limit),
                       tr("Use a delta package for this module, not a full image."));
    QFile file(request.packagePath);
    if (!file.open(QIODevice::ReadOnly))
        return refused(FailureReason::NotApplicable,
                       tr("The package file cannot be opened: %1").arg(file.errorString()),
                       tr("Check that the file exists and is readable."));
    Loaded l;
    l.bytes = file.readAll();
    l.md5 = QString::fromLatin1(QCryptographicHash::hash(l.bytes, QCryptographicHash::Md5).toHex());
    if (request.packageSize > 0 && request.packageSize != l.bytes.size())
        return refused(FailureReason::Integrity,
                       tr("The package file has %1 bytes, the catalog says %2")
                           .arg(l.bytes.size()).arg(request.packageSize),
                       tr("The file changed since it was catalogued. Add it to the catalog again, or "
                          "fetch a fresh copy."));
    if (!catalogMd5.isEmpty() && catalogMd5 != l.md5)
        return refused(FailureReason::Integrity,
                       tr("The package file's MD5 %1 is not the catalog's %2").arg(l.md5, catalogMd5),
                       tr("The file changed or was damaged since it was catalogued. Add it to the "
                          "catalog again, or fetch a fresh copy; nothing was sent to the module."));
    return l;
}

#pragma once

#include "modules/updatetypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The package file as AT+CFOTA=5 needs it: its bytes, size and MD5, checked
// against the catalog's MD5 and size before anything reaches the module.
class SimcomPackage
{
    Q_DECLARE_TR_FUNCTIONS(SimcomPackage)

public:
    struct Loaded
    {
        FailureReason reason = FailureReason::None;
        QString message; // translated, when not ok()
        QString advice;
        QByteArray bytes;
        QString md5; // lower-case hex
        bool ok() const { return reason == FailureReason::None; }
    };

    // Reads request.packagePath. A file larger than `limit` (the FOTA
    // partition) is refused as NoSpace before it is read: a SIM7020 package is
    // a delta of at most a MiB, so reading it whole costs the event loop a few
    // milliseconds, while a full image given by mistake is never read.
    static Loaded load(const UpdateRequest &request, qint64 limit);

    // 32 hex digits, either case.
    static bool isMd5Hex(const QString &text);
};

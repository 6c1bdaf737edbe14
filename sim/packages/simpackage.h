#pragma once

#include "modules/family.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Simulated firmware packages: a short text header the simulator reads to decide
// whether an install applies, then deterministic filler up to the requested size.
// FotaDesk itself treats packages as opaque bytes; only the simulator looks here.
//
//   FOTADESK-SIM-PACKAGE 1\n
//   family: sierra-hl78xx\n  model: HL7800\n  from: V1\n  to: V2\n
//   size: <total bytes>\n  digest: <sha256 hex of the filler>\n  \n
//   <filler>
namespace SimPackage {

struct Header
{
    Family family = Family::Unknown;
    QString model;
    QString from;
    QString to;
    qint64 size = 0;        // declared total size, header included
    qint64 headerSize = 0;
    bool intact = false;    // size and digest match the bytes given to parse()

    // Whether a module of this family/model running `firmware` may install it.
    bool appliesTo(Family moduleFamily, const QString &moduleModel, const QString &firmware) const;
};

// `size` is the total file size; it grows to the header's size when smaller.
QByteArray make(Family family, const QString &model, const QString &from, const QString &to,
                qint64 size);
// nullopt when the bytes do not start with a package header at all.
std::optional<Header> parse(const QByteArray &bytes);

} // namespace SimPackage

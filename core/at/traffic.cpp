#include "traffic.h"

bool Traffic::incoming() const
{
    switch (kind) {
    case Kind::Command:
    case Kind::RawOut:
    case Kind::Note:
        return false;
    default:
        return true;
    }
}

QString Traffic::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Command: return QStringLiteral("cmd");
    case Kind::Response: return QStringLiteral("rsp");
    case Kind::Final: return QStringLiteral("fin");
    case Kind::Echo: return QStringLiteral("echo");
    case Kind::Urc: return QStringLiteral("urc");
    case Kind::Unsolicited: return QStringLiteral("uns");
    case Kind::Prompt: return QStringLiteral("prompt");
    case Kind::RawOut: return QStringLiteral("raw>");
    case Kind::RawIn: return QStringLiteral("raw<");
    case Kind::Noise: return QStringLiteral("noise");
    case Kind::Note: return QStringLiteral("note");
    }
    return {};
}

#pragma once

#include <QMetaType>

#include <chrono>

class QSettings;

// What the package server puts up with from one connection and from everyone
// at once. It faces the modules' mobile networks, so it faces the internet:
// without limits, idle or trickling connections (slowloris) and one endless
// header take every descriptor or all memory. The defaults are generous for a
// module on a slow NB-IoT link and tight for an attacker.
struct PackageServerLimits
{
    // The request line and headers must have arrived this long after the
    // connection was accepted, however steadily they trickle in.
    std::chrono::milliseconds headerTimeout{std::chrono::seconds(20)};
    // Silence allowed between two bytes of the request head.
    std::chrono::milliseconds idleTimeout{std::chrono::seconds(10)};
    // Once a request is answered: how long the peer may take no byte of the
    // response before it is dropped (a peer that stops reading).
    std::chrono::milliseconds stallTimeout{std::chrono::seconds(120)};
    // Open connections at once, and from one address. Modules behind a
    // carrier's NAT share one public address, hence a per-peer cap well above one.
    int maxConnections = 256;
    int maxConnectionsPerPeer = 32;
    // Bytes of the whole request head (431 beyond) and of its first line
    // (414 beyond). A module's GET is a few hundred bytes.
    int maxHeaderBytes = 16 * 1024;
    int maxRequestLineBytes = 8 * 1024;
    // Told to a client refused with 503.
    std::chrono::seconds retryAfter{10};

    // Under server/limits/ in the settings' layout version 1; a missing or
    // unusable value keeps its default.
    void load(QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const PackageServerLimits &, const PackageServerLimits &) = default;
};

Q_DECLARE_METATYPE(PackageServerLimits)

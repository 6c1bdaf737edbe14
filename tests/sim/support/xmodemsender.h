#pragma once

#include "simclient.h"
#include "xmodemblocks.h"

#include <QTest>

// A minimal event-driven XMODEM sender over a SimClient, for tests that need
// to count NAKs or stop halfway; the third-party senders are in tst_simpeers.
struct XmodemSendResult
{
    bool ok = false;
    int naks = 0;
    int blocksSent = 0;
};

// `startAsked`: a 'C' counts only before the first block; once blocks flow,
// a late 'C' (the receiver's periodic ask, crossing the first block on the
// wire) is no answer, as in any real sender.
inline char waitForControl(SimClient &client, int timeoutMs = 5000, bool startAsked = true)
{
    char got = 0;
    const bool arrived = QTest::qWaitFor([&] {
        if (!client.isOpen())
            return true;
        const QByteArray raw = client.takeRaw();
        for (char c : raw) {
            if ((c == 'C' && startAsked) || c == XmodemBlocks::ACK || c == XmodemBlocks::NAK || c == XmodemBlocks::CAN) {
                got = c;
                return true;
            }
        }
        return false;
    }, timeoutMs);
    return arrived ? got : 0;
}

// `stopAfterBlocks` >= 0: stop sending (a host that died) after that many blocks.
inline XmodemSendResult sendXmodem(SimClient &client, const QByteArray &file, bool oneK = true,
                                   int stopAfterBlocks = -1)
{
    XmodemSendResult r;
    const char start = waitForControl(client);
    if (start != 'C' && start != XmodemBlocks::NAK)
        return r;
    const bool crc = start == 'C';
    const qsizetype size = oneK ? 1024 : 128;
    quint8 number = 1;
    for (qsizetype offset = 0; offset < file.size(); offset += size, ++number) {
        if (stopAfterBlocks >= 0 && r.blocksSent >= stopAfterBlocks)
            return r;
        const QByteArray block = XmodemBlocks::block(number, file.mid(offset, size), oneK, crc);
        for (int attempt = 0;; ++attempt) {
            if (attempt > 20)
                return r;
            client.write(block);
            ++r.blocksSent;
            const char answer = waitForControl(client, 5000, false);
            if (answer == XmodemBlocks::ACK)
                break;
            if (answer != XmodemBlocks::NAK)
                return r; // CAN, silence or the port went away
            ++r.naks;
        }
    }
    client.write(QByteArray(1, XmodemBlocks::EOT));
    r.ok = waitForControl(client, 5000, false) == XmodemBlocks::ACK;
    return r;
}

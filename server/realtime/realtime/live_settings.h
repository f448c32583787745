#pragma once

#include <QtGlobal>

namespace eventbook::realtime {

struct LiveSettings {
    int pingIntervalMs = 30'000;
    int deadPeerMs = 75'000;
    qint64 sendQueueBytes = 1 << 20;
    qint64 maxMessageBytes = 64 * 1024; // larger frames close the socket with 1009
};

// Process-wide WebSocket counters, written on the main thread, read by /metrics and tests.
struct LiveCounters {
    qint64 connections = 0;
    quint64 accepted = 0;
    quint64 messagesSent = 0;
    quint64 slowDropped = 0; // closed with 1008: the send queue passed its bound
    quint64 deadPeers = 0;   // closed because nothing was heard
};

} // namespace eventbook::realtime

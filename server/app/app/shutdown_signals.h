#pragma once

#include <QObject>
#include <QSocketNotifier>
#include <memory>

namespace eventbook::app {

// Turns SIGTERM/SIGINT into a Qt signal on the main thread (self-pipe: a signal handler may
// only write to a file descriptor).
class ShutdownSignals : public QObject {
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void received();

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace eventbook::app

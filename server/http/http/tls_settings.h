#pragma once

#include "eventbook/common/result.h"

#include <QSslConfiguration>

namespace eventbook::http {

// The server side of TLS_CERT / TLS_KEY: a PEM certificate (its chain may follow in the same
// file) and a PEM private key (RSA or EC), TLS 1.2 or newer.
Result<QSslConfiguration> loadServerTls(const QString &certPath, const QString &keyPath);

} // namespace eventbook::http

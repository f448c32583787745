// Must not compile: the layer this probe is built as may not see http/http_server.h (tests/CMakeLists.txt).
#include "http/http_server.h"

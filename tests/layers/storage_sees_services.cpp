// Must not compile: the layer this probe is built as may not see services/auth_service.h (tests/CMakeLists.txt).
#include "services/auth_service.h"

// Must not compile: the layer this probe is built as may not see http/router.h (tests/CMakeLists.txt).
#include "http/router.h"

// Must not compile: the layer this probe is built as may not see realtime/live_hub.h (tests/CMakeLists.txt).
#include "realtime/live_hub.h"

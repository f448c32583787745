// Must not compile: the layer this probe is built as may not see storage/database.h (tests/CMakeLists.txt).
#include "storage/database.h"

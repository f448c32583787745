#pragma once

namespace eventbook::app {

// Raises the soft limit on open files to the hard limit: every /ws client is a descriptor, and
// the usual soft default (1024) would refuse the 1025th. Returns the limit now in force.
long raiseOpenFileLimit();

} // namespace eventbook::app

#pragma once

// How many more descriptors this process may open, roughly: its soft
// RLIMIT_NOFILE less a reserve for everything that is not a connection
// (ports, the store, logs). Large where there is no such limit.
int descriptorRoomForConnections();

#include "descriptorlimit.h"

#include <QtGlobal>

#include <climits>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

int descriptorRoomForConnections()
{
#ifdef Q_OS_UNIX
    constexpr rlim_t kReserve = 32;
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur != RLIM_INFINITY)
        return int(qMin<rlim_t>(INT_MAX, limit.rlim_cur > 2 * kReserve ? limit.rlim_cur - kReserve
                                                                          : limit.rlim_cur / 2));
#endif
    return INT_MAX;
}

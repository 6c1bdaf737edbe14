#include "jobslog.h"

Q_LOGGING_CATEGORY(lcJobs, "fotadesk.jobs")

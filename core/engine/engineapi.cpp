#include "engineapi.h"

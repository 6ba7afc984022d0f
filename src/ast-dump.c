/* SPDX-License-Identifier: ISC */
/* placeholder until the parser lands */
#include "dfopt.h"

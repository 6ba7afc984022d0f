/* SPDX-License-Identifier: ISC */
/*
 * Fuzz target: the YAML configuration loader (dfconfig.h over libyaml),
 * as .dfopt.yaml and as .hadolint.yaml.  Oracle: no crash, no leak, no
 * hang (anchors and aliases must not blow up); success gives a config
 * and no message; failure gives a message "fuzz.yaml:LINE:COL: ..." and
 * no config.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dfopt.h"
#include "fuzz.h"
#include "dfconfig.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct config	*cfg;
	char		*err;
	int		 hadolint, r;
	const char	*p;

	for (hadolint = 0; hadolint < 2; hadolint++) {
		cfg = NULL;
		err = NULL;
		r = config_parse(&cfg, "fuzz.yaml", (const char *)data, len,
		    hadolint, &err);
		if (r == 0) {
			if (cfg == NULL || err != NULL)
				FAIL();
			config_free(cfg);
			continue;
		}
		if (r != -1 || err == NULL ||
		    strncmp(err, "fuzz.yaml:", 10) != 0)
			FAIL();
		p = err + 10;
		if (*p < '0' || *p > '9')
			FAIL();
		free(err);
	}
	return 0;
}

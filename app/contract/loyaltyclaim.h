#pragma once

// LoyaltyClaim now lives in the domain, next to the order that carries it.
#include "domain/loyalty.h"

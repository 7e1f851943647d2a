package whitepaper

import (
	"fmt"
	"slices"
	"strings"
)

func parseEnum[T ~string](dst *T, b []byte, what string, values []T) error {
	v := T(b)
	if err := checkEnum(v, what, values); err != nil {
		return err
	}
	*dst = v
	return nil
}

func checkEnum[T ~string](v T, what string, values []T) error {
	if slices.Contains(values, v) {
		return nil
	}
	names := make([]string, len(values))
	for i, x := range values {
		names[i] = string(x)
	}
	return fmt.Errorf("unknown %s %q (want one of: %s)", what, string(v), strings.Join(names, ", "))
}

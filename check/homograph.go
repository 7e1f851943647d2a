package check

import (
	"strings"

	"golang.org/x/net/idna"
)

// unicodeHost decodes the Punycode labels of a host name ("xn--…"), in
// which a homograph hides behind ASCII, so that its letters' scripts can
// be checked. A host without such a label, or that does not decode, is
// returned as it is.
func unicodeHost(host string) string {
	if !strings.Contains(strings.ToLower(host), "xn--") {
		return host
	}
	u, err := idna.ToUnicode(host)
	if err != nil {
		return host
	}
	return u
}

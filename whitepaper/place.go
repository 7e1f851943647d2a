package whitepaper

import (
	"strconv"
	"strings"

	"golang.org/x/text/currency"
)

// Place is where data is stored or processed when it is not always one
// country: an ISO 3166-1 alpha-2 country code such as "JP", or one of the
// areas "EU" (the European Union), "EEA" (the European Economic Area) and
// "global" (anywhere the provider operates). A list of places may end
// with "etc" when the document names only some (日本・台湾・アメリカなど).
type Place string

// The areas a [Place] may name besides countries.
const (
	PlaceEU     Place = "EU"
	PlaceEEA    Place = "EEA"
	PlaceGlobal Place = "global"
)

// Areas lists the places that are not countries.
var Areas = []Place{PlaceEU, PlaceEEA, PlaceGlobal}

// IsCountry reports whether the place is a country.
func (p Place) IsCountry() bool { return Country(p).check() == nil }

func (p Place) check() error {
	switch p {
	case PlaceEU, PlaceEEA, PlaceGlobal, Etc:
		return nil
	}
	if Country(p).check() != nil {
		return Errorf("invalid place %q: want an ISO 3166-1 alpha-2 country code in upper case such as JP, or EU, EEA or global", string(p))
	}
	return nil
}

// UnmarshalText checks the place; see [Place].
func (p *Place) UnmarshalText(b []byte) error {
	v := Place(b)
	if code, ok := jaPlaces[string(b)]; ok {
		v = code // 日本 is JP
	} else if string(b) == "worldwide" {
		v = PlaceGlobal // as subprocessor lists say it (a CDN)
	}
	if err := v.check(); err != nil {
		return withJaHint(err, "place", string(b))
	}
	*p = v
	return nil
}

// Money is an amount of money in a currency, such as a company's capital:
// "100000000 JPY". In YAML and JSON it is a string: a whole number (digit
// grouping such as "100,000,000" is accepted on input) and an ISO 4217
// currency code, in either order.
type Money struct {
	Amount   int64
	Currency string // ISO 4217, such as "JPY"
}

// ParseMoney parses the text form of [Money].
func ParseMoney(s string) (Money, error) {
	a, b, ok := strings.Cut(s, " ")
	if !ok {
		return Money{}, Errorf("invalid amount of money %q: want a whole number and an ISO 4217 currency code, such as \"100000000 JPY\"", s)
	}
	if len(a) == 3 && a[0] >= 'A' && a[0] <= 'Z' {
		a, b = b, a
	}
	if !moneyRE.MatchString(s) {
		return Money{}, Errorf("invalid amount of money %q: want a whole number and an ISO 4217 currency code, such as \"100000000 JPY\"", s)
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(a, ",", ""), 10, 64)
	if err != nil || n < 0 {
		return Money{}, Errorf("invalid amount of money %q: %q is not a whole number", s, a)
	}
	if _, err := currency.ParseISO(b); err != nil {
		return Money{}, Errorf("invalid amount of money %q: unknown currency %q", s, b)
	}
	return Money{Amount: n, Currency: b}, nil
}

// String returns the canonical form, "100000000 JPY"; the zero Money is "".
func (m Money) String() string {
	if m.IsZero() {
		return ""
	}
	return strconv.FormatInt(m.Amount, 10) + " " + m.Currency
}

// IsZero reports whether m is not stated.
func (m Money) IsZero() bool { return m == Money{} }

// Unit returns the currency as an x/text currency unit.
func (m Money) Unit() currency.Unit {
	u, _ := currency.ParseISO(m.Currency)
	return u
}

func (m Money) check() error {
	_, err := ParseMoney(m.String())
	return err
}

// MarshalText encodes the canonical text form.
func (m Money) MarshalText() ([]byte, error) {
	if err := m.check(); err != nil {
		return nil, err
	}
	return []byte(m.String()), nil
}

// UnmarshalText parses the text form; see [ParseMoney].
func (m *Money) UnmarshalText(b []byte) error {
	v, err := ParseMoney(string(b))
	if err != nil {
		return err
	}
	*m = v
	return nil
}

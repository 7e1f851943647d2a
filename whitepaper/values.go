package whitepaper

import (
	"fmt"
	"net/mail"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/openwhitepaper/whitepaper/internal/textsafe"
	"golang.org/x/text/language"
)

// CountUnit is what a [Count] counts.
type CountUnit string

// The units of a [Count].
const (
	Generations    CountUnit = "generations"
	Copies         CountUnit = "copies"
	Sites          CountUnit = "sites"
	Schools        CountUnit = "schools"
	Municipalities CountUnit = "municipalities"
	Organizations  CountUnit = "organizations"
	Companies      CountUnit = "companies"
	Users          CountUnit = "users"
	Accounts       CountUnit = "accounts"
	Countries      CountUnit = "countries"
	Regions        CountUnit = "regions"
	Employees      CountUnit = "employees"
	Characters     CountUnit = "characters"
	Attempts       CountUnit = "attempts"
	Bits           CountUnit = "bits"
	People         CountUnit = "people"
	Incidents      CountUnit = "incidents"
	// Requests counts requests for customer data, in transparency reports.
	Requests CountUnit = "requests"
)

// CountUnits lists every [CountUnit].
var CountUnits = []CountUnit{Generations, Copies, Sites, Schools, Municipalities, Organizations,
	Companies, Users, Accounts, Countries, Regions, Employees, Characters, Attempts, Bits, People,
	Incidents, Requests}

func countUnit(word string) (CountUnit, bool) {
	for _, u := range CountUnits {
		if word == string(u) || word == singular(u) {
			return u, true
		}
	}
	return "", false
}

func singular(u CountUnit) string {
	s := string(u)
	switch {
	case u == People:
		return "person"
	case strings.HasSuffix(s, "ies"):
		return strings.TrimSuffix(s, "ies") + "y"
	case strings.HasSuffix(s, "s"):
		return strings.TrimSuffix(s, "s")
	}
	return s
}

// Count is a number of things with its unit and qualifier: "7 generations",
// "about 12000 schools", "at least 2 sites". In YAML and JSON it is a
// string in that form; digit grouping ("12,000") is accepted on input.
type Count struct {
	Bound Bound
	Value int64
	Unit  CountUnit
}

// ParseCount parses the text form of a [Count].
func ParseCount(s string) (Count, error) {
	if en, ok, err := japaneseCount(s); ok {
		if err != nil {
			return Count{}, Errorf("invalid count %q: %v", s, err)
		}
		c, err := ParseCount(en)
		if err != nil {
			return Count{}, japaneseError(err, en, s)
		}
		return c, nil
	}
	c, err := parseCount(s)
	return c, withJaHint(err, "count", s)
}

func parseCount(s string) (Count, error) {
	in := s
	b, rest := cutBound(s)
	num, word, ok := strings.Cut(rest, " ")
	if !ok {
		return Count{}, Errorf("invalid count %q: want a number and a unit, such as \"7 generations\"", in)
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(num, ",", ""), 10, 64)
	if err != nil || n < 0 {
		return Count{}, Errorf("invalid count %q: %q is not a whole number", in, num)
	}
	if n > maxCount {
		return Count{}, Errorf("invalid count %q: more than 10^12", in)
	}
	u, ok := countUnit(word)
	if !ok {
		return Count{}, Errorf("invalid count %q: unknown unit %q", in, word)
	}
	if !countRE.MatchString(in) {
		return Count{}, Errorf("invalid count %q: want a whole number and a unit in lower case, such as \"7 generations\" or \"about 12,000 schools\"", in)
	}
	return Count{Bound: b, Value: n, Unit: u}, nil
}

// String returns the canonical text form, without digit grouping.
func (c Count) String() string {
	if c.IsZero() {
		return "" // not stated
	}
	s := strconv.FormatInt(c.Value, 10) + " " + string(c.Unit)
	if c.Value == 1 {
		s = strconv.FormatInt(c.Value, 10) + " " + singular(c.Unit)
	}
	if c.Bound != Exactly {
		s = string(c.Bound) + " " + s
	}
	return s
}

// IsZero reports whether c is the zero Count, that is, not stated.
func (c Count) IsZero() bool { return c == Count{} }

// MarshalText encodes the canonical text form.
func (c Count) MarshalText() ([]byte, error) {
	if err := c.check(); err != nil {
		return nil, err
	}
	return []byte(c.String()), nil
}

// UnmarshalText parses the text form; see [ParseCount].
func (c *Count) UnmarshalText(b []byte) error {
	v, err := ParseCount(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

func (c Count) check() error {
	if _, ok := countUnit(string(c.Unit)); !ok {
		return Errorf("count has unknown unit %q", c.Unit)
	}
	if !validBound(c.Bound) {
		return Errorf("count has unknown bound %q", c.Bound)
	}
	if c.Value < 0 {
		return Errorf("count %q must not be negative", c.String())
	}
	if c.Value > maxCount {
		return Errorf("count %q is more than 10^12", c.String())
	}
	return nil
}

// maxCount is the largest [Count] value: no whitepaper counts more than a
// trillion of anything, and a bound keeps arithmetic on counts exact.
const maxCount = 1_000_000_000_000

// Date is a calendar date that may be partial: a year ("2023"), a month
// ("2023-09") or a day ("2023-02-07"). Month and Day are 0 when not stated.
// On input, "2023/02/07" and "2021/6/7" are accepted too; the canonical form
// is ISO 8601.
type Date struct {
	Year, Month, Day int
}

var dateRE = regexp.MustCompile(datePattern)

// ParseDate parses the text form of a [Date].
func ParseDate(s string) (Date, error) {
	if iso, ok := japaneseDate(s); ok {
		d, err := ParseDate(iso)
		if err != nil {
			return Date{}, japaneseError(err, iso, s)
		}
		return d, nil
	}
	if !dateRE.MatchString(s) {
		return Date{}, withJaHint(Errorf("invalid date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s), "date", s)
	}
	sep := "-"
	if strings.Contains(s, "/") {
		sep = "/"
	}
	parts := strings.Split(s, sep)
	var d Date
	d.Year, _ = strconv.Atoi(parts[0])
	if len(parts) > 1 {
		d.Month, _ = strconv.Atoi(parts[1])
	}
	if len(parts) > 2 {
		d.Day, _ = strconv.Atoi(parts[2])
	}
	if err := d.check(); err != nil {
		return Date{}, Errorf("invalid date %q: %v", s, err)
	}
	return d, nil
}

// DayOf returns the full date y-m-d.
func DayOf(y int, m time.Month, d int) Date { return Date{Year: y, Month: int(m), Day: d} }

func (d Date) check() error {
	if d.Year < 1000 || d.Year > 9999 {
		return Errorf("year %d out of range", d.Year)
	}
	if d.Month == 0 && d.Day != 0 {
		return Errorf("a day needs a month")
	}
	if d.Month < 0 || d.Month > 12 {
		return Errorf("month %d out of range", d.Month)
	}
	if d.Day != 0 {
		t := time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
		if d.Day < 0 || t.Day() != d.Day {
			return Errorf("%04d-%02d has no day %d", d.Year, d.Month, d.Day)
		}
	}
	return nil
}

// String returns the ISO 8601 form: "2023", "2023-09" or "2023-02-07".
func (d Date) String() string {
	if d.IsZero() {
		return "" // not stated
	}
	switch {
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// IsZero reports whether d is the zero Date, that is, not stated.
func (d Date) IsZero() bool { return d == Date{} }

// Precision returns 1 for a year, 2 for a month and 3 for a full date.
func (d Date) Precision() int {
	switch {
	case d.Month == 0:
		return 1
	case d.Day == 0:
		return 2
	}
	return 3
}

// Compare orders dates; a partial date sorts before the full dates it contains.
func (d Date) Compare(e Date) int {
	for _, p := range [][2]int{{d.Year, e.Year}, {d.Month, e.Month}, {d.Day, e.Day}} {
		if p[0] != p[1] {
			if p[0] < p[1] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// MarshalText encodes the ISO 8601 form.
func (d Date) MarshalText() ([]byte, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	return []byte(d.String()), nil
}

// UnmarshalText parses the text form; see [ParseDate].
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// Percent is a percentage such as "99.9897%", kept as an exact decimal. In
// YAML and JSON it is a string: digits, an optional fraction and a percent
// sign.
type Percent struct {
	units int64 // value × 10^scale
	scale int8
	set   bool // stated, so that "0%" is not mistaken for "not stated"
}

var percentRE = regexp.MustCompile(percentPattern)

// ParsePercent parses the text form of a [Percent].
func ParsePercent(s string) (Percent, error) {
	if !percentRE.MatchString(s) {
		return Percent{}, Errorf("invalid percentage %q: want a number from 0 to 100 followed by %%, such as \"99.9%%\"", s)
	}
	whole, frac, _ := strings.Cut(strings.TrimSuffix(s, "%"), ".")
	frac = strings.TrimRight(frac, "0")
	n, _ := strconv.ParseInt(whole+frac, 10, 64)
	return Percent{units: n, scale: int8(len(frac)), set: true}, nil
}

// Float returns the percentage as a number, 99.9897 for "99.9897%".
func (p Percent) Float() float64 {
	f := float64(p.units)
	for range p.scale {
		f /= 10
	}
	return f
}

// Compare orders percentages exactly.
func (p Percent) Compare(q Percent) int {
	a, b := p.units, q.units
	for s := p.scale; s < q.scale; s++ {
		a *= 10
	}
	for s := q.scale; s < p.scale; s++ {
		b *= 10
	}
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Decimal returns the number without the percent sign: "99.9897".
func (p Percent) Decimal() string {
	s := strconv.FormatInt(p.units, 10)
	if p.scale == 0 {
		return s
	}
	for len(s) <= int(p.scale) {
		s = "0" + s
	}
	return s[:len(s)-int(p.scale)] + "." + s[len(s)-int(p.scale):]
}

// String returns the text form: "99.9897%".
func (p Percent) String() string {
	if p.IsZero() {
		return "" // not stated
	}
	return p.Decimal() + "%"
}

// IsZero reports whether p is the zero Percent, that is, not stated. A
// parsed "0%" is not zero.
func (p Percent) IsZero() bool { return !p.set }

// MarshalText encodes the text form.
func (p Percent) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText parses the text form; see [ParsePercent].
func (p *Percent) UnmarshalText(b []byte) error {
	v, err := ParsePercent(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// URL is an absolute http, https, mailto or tel URL: the only schemes a
// whitepaper links to, and the only ones a renderer turns into links.
type URL string

// SafeSchemes lists the URL schemes a [URL] may have.
var SafeSchemes = []string{"https", "http", "mailto", "tel"}

func (u URL) check() error {
	s := string(u)
	if i := strings.IndexFunc(s, func(r rune) bool {
		return textsafe.IsControl(r) || textsafe.IsBidiControl(r) || textsafe.IsInvisible(r) || textsafe.IsNonASCIISpace(r)
	}); i >= 0 {
		r, _ := utf8.DecodeRuneInString(s[i:])
		return Errorf("invalid URL %q: character %U is not allowed (control, bidirectional, invisible or white space)", s, r)
	}
	p, err := url.Parse(s)
	if err != nil {
		return Errorf("invalid URL %q: %v", s, err)
	}
	switch p.Scheme {
	case "http", "https":
		if p.Host == "" {
			return Errorf("invalid URL %q: no host", s)
		}
	case "mailto", "tel":
		if p.Opaque == "" {
			return Errorf("invalid URL %q: nothing after the scheme", s)
		}
	case "":
		return Errorf("invalid URL %q: not absolute (want http, https, mailto or tel)", s)
	default:
		return Errorf("invalid URL %q: scheme %q is not allowed (want http, https, mailto or tel)", s, p.Scheme)
	}
	if !urlRE.MatchString(s) {
		return Errorf("invalid URL %q: want an absolute http, https, mailto or tel URL without white space or user name", s)
	}
	return nil
}

// UnmarshalText checks the URL; see [URL].
func (u *URL) UnmarshalText(b []byte) error {
	v := URL(b)
	if err := v.check(); err != nil {
		return err
	}
	*u = v
	return nil
}

// Email is an email address such as "privacy@example.com", without a display name.
type Email string

func (e Email) check() error {
	a, err := mail.ParseAddress(string(e))
	if err != nil || a.Address != string(e) || a.Name != "" {
		return Errorf("invalid email address %q", string(e))
	}
	return nil
}

// UnmarshalText checks the address; see [Email].
func (e *Email) UnmarshalText(b []byte) error {
	v := Email(b)
	if err := v.check(); err != nil {
		return err
	}
	*e = v
	return nil
}

// Phone is a telephone number as published: digits with optional leading
// "+", spaces, hyphens and parentheses, such as "03-6773-7547" or "+81 3 6773 7547".
type Phone string

var phoneRE = regexp.MustCompile(phonePattern)

func (p Phone) check() error {
	digits := 0
	for _, r := range p {
		if r >= '0' && r <= '9' {
			digits++
		}
	}
	if !phoneRE.MatchString(string(p)) || digits < 4 || digits > 20 {
		return Errorf("invalid phone number %q", string(p))
	}
	return nil
}

// UnmarshalText checks the number; see [Phone].
func (p *Phone) UnmarshalText(b []byte) error {
	v := Phone(b)
	if err := v.check(); err != nil {
		return err
	}
	*p = v
	return nil
}

// Country is an ISO 3166-1 alpha-2 country code in upper case, such as
// "JP" or "US".
type Country string

func (c Country) check() error {
	r, err := language.ParseRegion(string(c))
	if err != nil || !r.IsCountry() || r.String() != string(c) || len(c) != 2 {
		return Errorf("invalid country %q: want an ISO 3166-1 alpha-2 code in upper case, such as JP or US", string(c))
	}
	return nil
}

// UnmarshalText checks the code; see [Country].
func (c *Country) UnmarshalText(b []byte) error {
	v := Country(b)
	if err := v.check(); err != nil {
		return err
	}
	*c = v
	return nil
}

// UTCOffset is an offset from UTC such as "+09:00".
type UTCOffset string

var offsetRE = regexp.MustCompile(offsetPattern)

func (o UTCOffset) check() error {
	if !offsetRE.MatchString(string(o)) {
		return Errorf("invalid UTC offset %q: want ±HH:MM, such as +09:00", string(o))
	}
	return nil
}

// UnmarshalText checks the offset; see [UTCOffset].
func (o *UTCOffset) UnmarshalText(b []byte) error {
	v := UTCOffset(b)
	if err := v.check(); err != nil {
		return err
	}
	*o = v
	return nil
}

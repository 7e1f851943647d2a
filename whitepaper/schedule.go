package whitepaper

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Weekdays is a set of days of the week, Monday as bit 0.
type Weekdays uint8

// Sets of days with names of their own.
const (
	AllWeek  Weekdays = 1<<7 - 1
	Workdays Weekdays = 1<<5 - 1 // Monday to Friday
	Weekend  Weekdays = 1<<5 | 1<<6
)

var dayNames = [7]string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// Has reports whether the set holds day d, Monday being 0.
func (w Weekdays) Has(d int) bool { return d >= 0 && d < 7 && w&(1<<d) != 0 }

// String spells the set canonically: "daily", "weekdays", "weekends",
// days and runs of days such as "mon-wed,fri", or one run that wraps the
// week, such as "sun-fri" or "sat-mon".
func (w Weekdays) String() string {
	switch w {
	case AllWeek:
		return "daily"
	case Workdays:
		return "weekdays"
	case Weekend:
		return "weekends"
	}
	if start, end, ok := w.WrappingRun(); ok {
		return dayNames[start] + "-" + dayNames[end]
	}
	var parts []string
	for d := 0; d < 7; {
		if !w.Has(d) {
			d++
			continue
		}
		e := d
		for e+1 < 7 && w.Has(e+1) {
			e++
		}
		switch {
		case e == d:
			parts = append(parts, dayNames[d])
		case e == d+1:
			parts = append(parts, dayNames[d], dayNames[e])
		default:
			parts = append(parts, dayNames[d]+"-"+dayNames[e])
		}
		d = e + 1
	}
	return strings.Join(parts, ",")
}

// WrappingRun reports whether the set is one run of at least three days
// that wraps from Sunday to Monday, such as sun-fri, and the days it
// starts and ends on, Monday being 0.
func (w Weekdays) WrappingRun() (start, end int, ok bool) {
	if !w.Has(6) || !w.Has(0) || w == AllWeek {
		return 0, 0, false
	}
	end = 0
	for end+1 < 7 && w.Has(end+1) {
		end++
	}
	start = 6
	for start-1 > end && w.Has(start-1) {
		start--
	}
	for d := end + 1; d < start; d++ {
		if w.Has(d) {
			return 0, 0, false // a second run
		}
	}
	return start, end, (end+1)+(7-start) >= 3
}

func parseWeekdays(s string) (Weekdays, bool) {
	switch s {
	case "daily", "every day":
		return AllWeek, true
	case "weekdays":
		return Workdays, true
	case "weekends":
		return Weekend, true
	}
	var w Weekdays
	for _, part := range strings.Split(s, ",") {
		a, b, isRun := strings.Cut(part, "-")
		i, j := slices.Index(dayNames[:], a), slices.Index(dayNames[:], b)
		switch {
		case i < 0:
			return 0, false
		case !isRun:
			w |= 1 << i
		case j < 0 || j == i:
			return 0, false
		case j < i: // a run that wraps the week: sun-fri, sat-mon
			for d := i; d < 7; d++ {
				w |= 1 << d
			}
			for d := 0; d <= j; d++ {
				w |= 1 << d
			}
		default:
			for d := i; d <= j; d++ {
				w |= 1 << d
			}
		}
	}
	return w, w != 0
}

// TimeSpan is a time of day from From to To, in minutes after midnight;
// To may be 1440 (24:00), a To before From runs past midnight, and To is
// [OpenEnd] when the document states no end ("from 18:00").
type TimeSpan struct{ From, To int }

// OpenEnd is the To of a [TimeSpan] whose end is not stated: "tue from 18:00".
const OpenEnd = -1

// IsOpen reports whether the span states no end.
func (s TimeSpan) IsOpen() bool { return s.To == OpenEnd }

// String returns the canonical form: "09:00-18:00", or "from 18:00".
func (s TimeSpan) String() string {
	if s.IsOpen() {
		return "from " + clock(s.From)
	}
	return clock(s.From) + "-" + clock(s.To)
}

func clock(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }

func parseClock(s string) (int, bool) {
	h, m, ok := strings.Cut(s, ":")
	if !ok || len(h) != 2 || len(m) != 2 {
		return 0, false
	}
	hh, err1 := strconv.Atoi(h)
	mm, err2 := strconv.Atoi(m)
	if err1 != nil || err2 != nil || hh > 24 || mm > 59 || hh == 24 && mm != 0 {
		return 0, false
	}
	return hh*60 + mm, true
}

// Hours is the hours of some days of the week: "weekdays 09:30-12:00,13:00-18:00".
type Hours struct {
	Days  Weekdays
	Spans []TimeSpan // empty means the whole day ("24h")
}

// Schedule is when something is available or happens, as documents state
// support hours, monitoring and maintenance windows: "24x7",
// "weekdays 09:30-18:00 JST", "weekdays 09:00-12:00,13:00-17:00; sat
// 10:00-15:00 +09:00 excluding holidays", "sun 02:00-05:00 JST",
// "weekdays 24h", "sun-fri 04:00-04:30", "tue from 18:00". In YAML and
// JSON it is a string in that form:
//
//   - "24x7" for all day, every day (also "24/7", "24/365");
//   - otherwise parts separated by "; ", each days (daily, weekdays,
//     weekends, or days such as mon-fri or mon,wed,fri, or a run that
//     wraps the week such as sun-fri; daily when left out) and times
//     (HH:MM-HH:MM, "from HH:MM" when no end is stated, several separated
//     by commas, or "24h" for the whole day);
//   - then a time zone (an offset such as +09:00, or JST, UTC, GMT) and
//     "excluding holidays", each optional.
type Schedule struct {
	AlwaysOn       bool // 24x7
	Parts          []Hours
	Zone           string // "+09:00", "JST", "UTC", "GMT" or ""
	ExceptHolidays bool
}

// zoneNames are the time-zone abbreviations a schedule accepts.
var zoneNames = []string{"JST", "UTC", "GMT", "KST", "CET", "CEST", "EST", "EDT", "PST", "PDT", "SGT", "AEST"}

// ParseSchedule parses the text form of a [Schedule].
func ParseSchedule(s string) (Schedule, error) {
	if en, ok, err := japaneseSchedule(s); ok {
		if err != nil {
			return Schedule{}, Errorf("invalid schedule %q: %v", s, err)
		}
		sc, err := ParseSchedule(en)
		if err != nil {
			return Schedule{}, japaneseError(err, en, s)
		}
		return sc, nil
	}
	sc, err := parseSchedule(s)
	return sc, withJaHint(err, "schedule", s)
}

func parseSchedule(s string) (Schedule, error) {
	in := s
	bad := func(why string) (Schedule, error) {
		return Schedule{}, Errorf("invalid schedule %q: %s; want such as \"24x7\", \"weekdays 09:30-18:00 JST\" or \"mon-fri 09:00-12:00,13:00-17:00 +09:00 excluding holidays\"", in, why)
	}
	var sc Schedule
	if r, ok := strings.CutSuffix(s, " excluding holidays"); ok {
		sc.ExceptHolidays, s = true, r
	}
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		z := s[i+1:]
		if slices.Contains(zoneNames, z) || offsetRE.MatchString(z) {
			sc.Zone, s = z, s[:i]
		}
	}
	switch s {
	case "24x7", "24/7", "24/365", "24x365":
		sc.AlwaysOn = true
		return sc, nil
	case "":
		return bad("no days or times")
	}
	for _, part := range strings.Split(s, "; ") {
		var h Hours
		days, times, ok := strings.Cut(part, " ")
		if !ok || days == "from" {
			days, times = "daily", part // "09:00-17:00", "from 18:00"
		}
		if h.Days, ok = parseWeekdays(days); !ok {
			return bad(fmt.Sprintf("unknown days %q (want daily, weekdays, weekends or days such as mon-fri, sun-fri or mon,wed,fri)", days))
		}
		if times != "24h" {
			for _, span := range strings.Split(times, ",") {
				if c, open := strings.CutPrefix(span, "from "); open {
					from, ok := parseClock(c)
					if !ok || from == 1440 {
						return bad(fmt.Sprintf("%q is not a time of day such as 18:00", c))
					}
					h.Spans = append(h.Spans, TimeSpan{from, OpenEnd})
					continue
				}
				a, b, ok := strings.Cut(span, "-")
				from, ok1 := parseClock(a)
				to, ok2 := parseClock(b)
				if !ok || !ok1 || !ok2 || from == to || from == 1440 {
					return bad(fmt.Sprintf("%q is not a span of time such as 09:00-18:00", span))
				}
				h.Spans = append(h.Spans, TimeSpan{from, to})
			}
		}
		sc.Parts = append(sc.Parts, h)
	}
	if !scheduleRE.MatchString(in) {
		return bad("not in canonical spelling")
	}
	return sc, nil
}

// String returns the canonical text form; the zero Schedule is "".
func (sc Schedule) String() string {
	var b strings.Builder
	if sc.AlwaysOn {
		b.WriteString("24x7")
	}
	for i, h := range sc.Parts {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(h.Days.String())
		b.WriteByte(' ')
		if len(h.Spans) == 0 {
			b.WriteString("24h")
		}
		for j, s := range h.Spans {
			if j > 0 {
				b.WriteByte(',')
			}
			b.WriteString(s.String())
		}
	}
	if sc.Zone != "" && b.Len() > 0 {
		b.WriteString(" " + sc.Zone)
	}
	if sc.ExceptHolidays && b.Len() > 0 {
		b.WriteString(" excluding holidays")
	}
	return b.String()
}

// IsZero reports whether the schedule is not stated.
func (sc Schedule) IsZero() bool { return !sc.AlwaysOn && len(sc.Parts) == 0 }

// Equal reports whether both schedules state the same hours.
func (sc Schedule) Equal(o Schedule) bool { return sc.String() == o.String() }

// WeeklyMinutes returns how many minutes a week the schedule covers,
// counting holidays as ordinary days; 10080 for 24x7. A span with no end
// ("from 18:00") counts nothing: it states no length.
func (sc Schedule) WeeklyMinutes() int {
	if sc.AlwaysOn {
		return 7 * 1440
	}
	total := 0
	for _, h := range sc.Parts {
		day := 0
		if len(h.Spans) == 0 {
			day = 1440
		}
		for _, s := range h.Spans {
			if s.IsOpen() {
				continue
			}
			if s.To > s.From {
				day += s.To - s.From
			} else {
				day += 1440 - s.From + s.To
			}
		}
		for d := range 7 {
			if h.Days.Has(d) {
				total += day
			}
		}
	}
	return total
}

func (sc Schedule) check() error {
	if sc.IsZero() {
		return nil
	}
	_, err := ParseSchedule(sc.String())
	return err
}

// MarshalText encodes the canonical text form.
func (sc Schedule) MarshalText() ([]byte, error) {
	if err := sc.check(); err != nil {
		return nil, err
	}
	return []byte(sc.String()), nil
}

// UnmarshalText parses the text form; see [ParseSchedule].
func (sc *Schedule) UnmarshalText(b []byte) error {
	v, err := ParseSchedule(string(b))
	if err != nil {
		return err
	}
	*sc = v
	return nil
}

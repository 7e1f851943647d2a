package locale

import (
	"fmt"
	"strings"
	"time"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
	"golang.org/x/text/number"
)

// The methods below word the model's values in the locale's language:
// "72時間以内" / "within 72 hours", "2023年2月7日" / "February 7, 2023".
// A zero value, which means "not stated", is worded "".

// printer formats numbers for the locale. It is given an empty catalog of
// its own, so that it never reads the process-wide message.DefaultCatalog.
func (c *Locale) printer() *message.Printer {
	return message.NewPrinter(c.Tag(), message.Catalog(catalog.NewBuilder()))
}

// Number formats an integer with the locale's digit grouping: "12,000".
func (c *Locale) Number(n int64) string {
	return c.printer().Sprint(number.Decimal(n))
}

// Date formats a possibly partial date: "2023年2月7日", "2023年9月", "2023年";
// "February 7, 2023", "September 2023", "2023".
func (c *Locale) Date(d whitepaper.Date) string {
	if d.IsZero() {
		return ""
	}
	t := time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
	switch d.Precision() {
	case 1:
		return t.Format(c.Message("date.year"))
	case 2:
		return t.Format(c.Message("date.month"))
	}
	return t.Format(c.Message("date.day"))
}

// AsOf words a date as the time a figure refers to: "2023年9月時点", "as of September 2023".
func (c *Locale) AsOf(d whitepaper.Date) string {
	if d.IsZero() {
		return ""
	}
	return c.Message("date.asOf", "date", c.Date(d))
}

func plural(n int64) string {
	if n == 1 {
		return ".one"
	}
	return ".other"
}

// Duration words a duration with its bound: "72時間以内", "within 72 hours",
// "半永久的", "indefinitely".
func (c *Locale) Duration(d whitepaper.Duration) string {
	if d.IsZero() {
		return ""
	}
	switch d.Kind {
	case whitepaper.Indefinite:
		return c.Message("duration.indefinite")
	case whitepaper.Immediate:
		return c.Message("duration.immediate")
	case whitepaper.Prompt:
		return c.Message("duration.prompt")
	case whitepaper.Unspecified:
		return c.Message("duration.unspecified")
	case whitepaper.InAdvance:
		return c.Message("duration.inAdvance")
	case whitepaper.Several:
		return c.bounded("duration", "d", d.Bound, c.Message("duration.few", "unit", c.Message(UnitKey(d.Unit))))
	}
	last := d.Amount
	if d.Max != 0 {
		last = d.Max
	}
	s := c.Message(DurationKey(d.Unit)+plural(last), "n", c.Number(last))
	if d.Max != 0 {
		s = c.Message("duration.range", "lo", c.Number(d.Amount), "d", s)
	}
	return c.bounded("duration", "d", d.Bound, s)
}

// UnitKey is the key of a unit's name in plural, as in "a few hours".
func UnitKey(u whitepaper.Unit) string { return "unit." + unitID(u) }

// DurationKey is the stem of the keys that word an amount of a unit:
// DurationKey(Day)+".one" words "1 day".
func DurationKey(u whitepaper.Unit) string { return "duration." + unitID(u) }

func unitID(u whitepaper.Unit) string { return strings.ReplaceAll(string(u), " ", "-") }

// Schedule words a schedule: "平日 9:30〜18:00（JST、祝日を除く）",
// "Weekdays 09:30–18:00 (JST, excluding holidays)".
func (c *Locale) Schedule(sc whitepaper.Schedule) string {
	if sc.IsZero() {
		return ""
	}
	sep := c.Message("list.separator")
	var s string
	if sc.AlwaysOn {
		s = c.Message("schedule.always")
	}
	var parts []string
	for _, h := range sc.Parts {
		var spans []string
		for _, t := range h.Spans {
			if t.IsOpen() {
				spans = append(spans, c.Message("schedule.from", "from", clock(t.From)))
				continue
			}
			spans = append(spans, c.Message("schedule.span", "from", clock(t.From), "to", clock(t.To)))
		}
		times := c.Message("schedule.allDay")
		if len(spans) > 0 {
			times = strings.Join(spans, sep)
		}
		parts = append(parts, c.Message("schedule.part", "days", c.days(h.Days), "times", times))
	}
	if len(parts) > 0 {
		s = strings.Join(parts, sep)
	}
	var notes []string
	if sc.Zone != "" {
		notes = append(notes, sc.Zone)
	}
	if sc.ExceptHolidays {
		notes = append(notes, c.Message("schedule.holidays"))
	}
	if len(notes) > 0 {
		s = c.Message("schedule.notes", "s", s, "notes", strings.Join(notes, sep))
	}
	return s
}

func clock(m int) string { return fmt.Sprintf("%d:%02d", m/60, m%60) }

func (c *Locale) days(w whitepaper.Weekdays) string {
	switch w {
	case whitepaper.AllWeek:
		return c.Message("schedule.daily")
	case whitepaper.Workdays:
		return c.Message("schedule.weekdays")
	case whitepaper.Weekend:
		return c.Message("schedule.weekends")
	}
	if start, end, ok := w.WrappingRun(); ok {
		return c.Message("schedule.run", "from", c.Message(dayKeys[start]), "to", c.Message(dayKeys[end]))
	}
	var names []string
	for d := range 7 {
		if w.Has(d) {
			names = append(names, c.Message(dayKeys[d]))
		}
	}
	return strings.Join(names, c.Message("list.separator"))
}

var dayKeys = [7]string{"schedule.mon", "schedule.tue", "schedule.wed", "schedule.thu", "schedule.fri", "schedule.sat", "schedule.sun"}

// Money words an amount of money: "100,000,000円", "JPY 100,000,000".
func (c *Locale) Money(m whitepaper.Money) string {
	if m.IsZero() {
		return ""
	}
	return c.Message("money", "n", c.Number(m.Amount), "currency", c.currency(m.Currency))
}

func (c *Locale) currency(code string) string {
	if c.Has("currency." + code) {
		return c.Message("currency." + code)
	}
	return code
}

// Place words a place that is not a country: "EU", "全世界", "worldwide".
// Countries are named by golang.org/x/text/language/display.
func (c *Locale) Place(p whitepaper.Place) string { return c.Message("place." + string(p)) }

// bounded wraps an amount in the phrase of its bound: "within {d}", "約{c}".
func (c *Locale) bounded(prefix, placeholder string, b whitepaper.Bound, s string) string {
	key := map[whitepaper.Bound]string{whitepaper.AtMost: ".within", whitepaper.AtLeast: ".atLeast", whitepaper.About: ".about",
		whitepaper.MoreThan: ".moreThan", whitepaper.LessThan: ".lessThan"}[b]
	if key == "" {
		return s
	}
	return c.Message(prefix+key, placeholder, s)
}

// Count words a count with its unit: "7世代", "about 12,000 schools".
func (c *Locale) Count(n whitepaper.Count) string {
	if n.IsZero() {
		return ""
	}
	s := c.Message("count."+string(n.Unit)+plural(n.Value), "n", c.Number(n.Value))
	return c.bounded("count", "c", n.Bound, s)
}

// Frequency words how often: "日次", "daily", "おおよそ月次", "every 6 hours",
// "1日2回", "twice a day", "年1回以上", "at least once a year",
// "アップロード時", "on each upload".
func (c *Locale) Frequency(f whitepaper.Frequency) string {
	if f.IsZero() {
		return ""
	}
	switch f.Kind {
	case whitepaper.Continuous:
		return c.Message("frequency.continuous")
	case whitepaper.Periodic:
		return c.Message("frequency.periodic")
	case whitepaper.PerRelease:
		return c.Message("frequency.perRelease")
	case whitepaper.AsNeeded:
		return c.Message("frequency.asNeeded")
	case whitepaper.Ongoing:
		return c.Message("frequency.ongoing")
	case whitepaper.OnEvent:
		return c.Message("frequency.onEvent", "event", c.Message("frequency.occasion."+string(f.Occasion)))
	}
	every := f.Every
	every.Bound = whitepaper.Exactly
	var s string
	switch {
	case every.Kind == whitepaper.Several:
		s = c.Message("frequency.everyFew", "unit", c.Message(UnitKey(every.Unit)))
	case f.Times > 1 || f.Bound != whitepaper.Exactly:
		// "twice a day", and a bounded frequency as a count: "at least once a year".
		per := c.Message("frequency.per.every", "d", c.Duration(every))
		if every.Amount == 1 && every.Max == 0 && c.Has("frequency.per."+string(every.Unit)) {
			per = c.Message("frequency.per." + string(every.Unit))
		}
		switch f.Times {
		case 0, 1:
			s = c.Message("frequency.once", "per", per)
		case 2:
			s = c.Message("frequency.twice", "per", per)
		default:
			s = c.Message("frequency.times", "n", c.Number(f.Times), "per", per)
		}
	case every.Amount == 1 && every.Max == 0 && every.Kind == whitepaper.Finite:
		s = c.Message("frequency." + string(every.Unit))
	default:
		s = c.Message("frequency.every", "d", c.Duration(every))
	}
	if f.Every.Bound == whitepaper.About {
		s = c.Message("frequency.about", "f", s)
	}
	if key := map[whitepaper.Bound]string{whitepaper.AtLeast: "frequency.atLeast", whitepaper.AtMost: "frequency.atMost",
		whitepaper.MoreThan: "frequency.moreThan", whitepaper.LessThan: "frequency.lessThan"}[f.Bound]; key != "" {
		s = c.Message(key, "f", s)
	}
	return s
}

// Percent words a percentage: "99.9897%".
func (c *Locale) Percent(p whitepaper.Percent) string { return p.String() }

// Bool words a stated fact: provided, explicitly not provided ("行っていません",
// "Not provided"), or not stated.
func (c *Locale) Bool(b *bool) string {
	switch {
	case b == nil:
		return c.Message("value.notStated")
	case *b:
		return c.Message("value.true")
	}
	return c.Message("value.false")
}

// Enum gives the label of a value of a closed vocabulary, such as
// whitepaper.RoleVendor: "事業者", "Vendor". The empty value, not stated,
// is "".
func Enum[T ~string](c *Locale, v T) string {
	if v == "" {
		return ""
	}
	return c.Message(EnumKey(v))
}

// Field gives the label of a field of a model type, by the type's Go name
// and the field's document name: Field("BackupSet", "generations") is
// "保管世代数" or "Generations kept".
func (c *Locale) Field(typeName, field string) string {
	return c.Message(FieldKey(typeName, field))
}

// Section gives the title of a standard section: "バックアップの状況", "Backup".
func (c *Locale) Section(id whitepaper.SectionID) string {
	return c.Message(SectionKey(id))
}

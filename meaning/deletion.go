package meaning

import "github.com/openwhitepaper/whitepaper/whitepaper"

// DeletionAfter compares two times of a deletion rule, counted from the
// rule's trigger, for the customer; its better direction depends on what
// the time means there:
//
//   - After the customer asked for deletion (customer-request,
//     customer-deletion, no-longer-needed), sooner is better: the data is
//     gone as asked. "immediately" is better than "promptly" and
//     "within 7 days" better than "within 30 days".
//   - For the inactivity trigger the time is how long an idle account
//     keeps its data: longer is better.
//   - At the end of a contract, a trial or a plan, on suspension and the
//     like, a deadline ("within 90 days") is better sooner, for data is
//     not kept once the service is over, while a grace period ("at least
//     30 days") is better longer, for the customer has longer to take its
//     data out. Two times of different sorts, or vague or exact ones, are
//     incomparable there: one promise is not stronger than the other.
func DeletionAfter(trigger whitepaper.Trigger, a, b whitepaper.Duration) Order {
	switch trigger {
	case whitepaper.TriggerCustomerRequest, whitepaper.TriggerCustomerDeletion, whitepaper.TriggerNoLongerNeeded:
		return Durations(a, b, whitepaper.Lower)
	case whitepaper.TriggerInactivity:
		return Durations(a, b, whitepaper.Higher)
	}
	if a.Equal(b) {
		return Equal
	}
	bounded := func(d whitepaper.Duration, b whitepaper.Bound) bool {
		return d.Kind == whitepaper.Finite && d.Bound == b
	}
	switch {
	case bounded(a, whitepaper.AtMost) && bounded(b, whitepaper.AtMost):
		return Durations(a, b, whitepaper.Lower)
	case bounded(a, whitepaper.AtLeast) && bounded(b, whitepaper.AtLeast):
		return Durations(a, b, whitepaper.Higher)
	}
	return Incomparable
}

// Performers compares who performs an audit or an assessment, for the
// customer: internal and third-party audits together are better than
// either alone; an internal audit and a third-party one are incomparable
// (one is independent, the other continuous), as are extension values.
func Performers(a, b whitepaper.Performer) Order {
	if a == b {
		return Equal
	}
	both := whitepaper.InternalAndThirdParty
	one := func(p whitepaper.Performer) bool { return p == whitepaper.Internal || p == whitepaper.ThirdParty }
	switch {
	case a == both && one(b):
		return Better
	case b == both && one(a):
		return Worse
	}
	return Incomparable
}

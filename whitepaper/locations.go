package whitepaper

// Location is where a subprocessor does one kind of thing: stores data,
// processes it, runs inference, reaches it for support, or has its seat.
// Its places may be "global" for "worldwide" (a CDN).
type Location struct {
	// Kind is what happens there.
	Kind LocationKind `json:"kind" whitepaper:"key,required"`
	// Places are the countries or areas, such as "US, IS, DE" or "global".
	Places []Place `json:"places" whitepaper:"set,required"`
	// Note words the location as the document does.
	Note Text `json:"note,omitzero"`
}

// LocationKind is what a subprocessor does at a [Location].
type LocationKind string

// The values of LocationKind.
const (
	// LocationKindStorage is where customer data is stored.
	LocationKindStorage LocationKind = "storage"
	// LocationKindProcessing is where customer data is processed.
	LocationKindProcessing LocationKind = "processing"
	// LocationKindInference is where a model runs on customer data.
	LocationKindInference LocationKind = "inference"
	// LocationKindSupportAccess is where staff who may reach customer data
	// for support work.
	LocationKindSupportAccess LocationKind = "support-access"
	// LocationKindCorporateSeat is where the company has its seat.
	LocationKindCorporateSeat LocationKind = "corporate-seat"
)

var locationKindValues = []LocationKind{LocationKindStorage, LocationKindProcessing, LocationKindInference, LocationKindSupportAccess, LocationKindCorporateSeat}

// Values lists every LocationKind, in a stable order.
func (LocationKind) Values() []LocationKind { return locationKindValues }

// UnmarshalText parses a LocationKind.
func (x *LocationKind) UnmarshalText(b []byte) error {
	return parseEnum(x, b, "location kind", locationKindValues)
}

func (x LocationKind) check() error { return checkEnum(x, "location kind", locationKindValues) }

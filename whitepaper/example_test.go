package whitepaper_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

const doc = `openwhitepaper: "1"
languages: [ja, en]
defaultLanguage: ja
title: {ja: セキュリティホワイトペーパー, en: Security whitepaper}
version: "1.0"
vendor: {id: acme, name: {ja: アクメ株式会社, en: Acme Inc.}}
services: [{id: app, name: {ja: アクメ, en: Acme}}]
backup:
  sets:
    - {data: database, frequency: daily, generations: 7 generations}
  restoreOnRequest: false
incidentResponse:
  notification: {deadline: within 72 hours, recipient: administrator}
`

func Example() {
	d, err := whitepaper.Parse([]byte(doc), whitepaper.WithFilename("acme.yaml"))
	if err != nil {
		fmt.Println(err)
		return
	}
	set := d.Backup.Sets[0]
	fmt.Println(d.Title.Get(language.English))
	fmt.Println(set.Data, set.Frequency, set.Generations)
	fmt.Println("restore on request:", *d.Backup.RestoreOnRequest)
	fmt.Println("notify:", d.IncidentResponse.Notification.Deadline)
	// Output:
	// Security whitepaper
	// database daily 7 generations
	// restore on request: false
	// notify: within 72 hours
}

func ExampleParse_errors() {
	bad := strings.Replace(doc, "within 72 hours", "within 72 fortnights", 1)
	bad = strings.Replace(bad, "generations: 7", "generation: 7", 1)
	_, err := whitepaper.Parse([]byte(bad), whitepaper.WithFilename("acme.yaml"))
	fmt.Println(err)
	// Output:
	// acme.yaml:10:42: error: unknown field "generation"; did you mean "generations"?
	// acme.yaml:13:28: error: invalid duration "within 72 fortnights": unknown unit "fortnights" (want seconds, minutes, hours, days, weeks, months, years, business hours or business days)
}

func ExampleDocument_Validate() {
	d, _ := whitepaper.Parse([]byte(doc+"availability: {statusPage: \"http://status.example.com\"}\ncertifications:\n  certifications: [{standard: iso27001, holder: aws}]\n"),
		whitepaper.WithFilename("acme.yaml"))
	for _, diag := range d.Validate() {
		fmt.Println(diag)
	}
	// Output:
	// acme.yaml:16:49: error: "aws" is not the vendor's ID or a provider's
}

func ExampleDocument_EncodeJSON() {
	d, _ := whitepaper.Parse([]byte(`openwhitepaper: "1"
languages: [en]
defaultLanguage: en
title: {en: Whitepaper}
version: "2"
vendor: {id: acme, name: {en: Acme}}
services: [{id: app, name: {en: App}}]
logging: {logs: [{type: login, retention: P5Y}]}
`))
	_ = d.EncodeJSON(os.Stdout)
	// Output:
	// {
	//   "openwhitepaper": "1",
	//   "languages": [
	//     "en"
	//   ],
	//   "defaultLanguage": "en",
	//   "title": {
	//     "en": "Whitepaper"
	//   },
	//   "version": "2",
	//   "vendor": {
	//     "id": "acme",
	//     "name": {
	//       "en": "Acme"
	//     }
	//   },
	//   "services": [
	//     {
	//       "id": "app",
	//       "name": {
	//         "en": "App"
	//       }
	//     }
	//   ],
	//   "logging": {
	//     "logs": [
	//       {
	//         "type": "login",
	//         "retention": "5 years"
	//       }
	//     ]
	//   }
	// }
}

func ExampleParseDuration() {
	a, _ := whitepaper.ParseDuration("2 weeks")
	b, _ := whitepaper.ParseDuration("P14D")
	c, _ := whitepaper.ParseDuration("within 72h")
	fmt.Println(a, b, a.Equal(b))
	fmt.Println(c)
	// Output:
	// 2 weeks 14 days true
	// within 72 hours
}

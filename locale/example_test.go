package locale_test

import (
	"fmt"

	"github.com/openwhitepaper/whitepaper/locale"
	"github.com/openwhitepaper/whitepaper/whitepaper"
	"golang.org/x/text/language"
)

func Example() {
	d, _ := whitepaper.ParseDuration("within 72 hours")
	for _, loc := range []*locale.Locale{locale.For(language.Japanese), locale.Match(language.BritishEnglish)} {
		fmt.Println(loc.Section(whitepaper.SectionBackup))
		fmt.Println(loc.Field("BackupSet", "generations"))
		fmt.Println(locale.Enum(loc, whitepaper.RoleVendor))
		fmt.Println(loc.Duration(d))
	}
	// A nil locale words in English; a value not stated is worded "".
	var none *locale.Locale
	fmt.Printf("%s %q\n", none.Count(whitepaper.Count{Value: 7, Unit: whitepaper.Generations}), none.Count(whitepaper.Count{}))
	// Output:
	// バックアップの状況
	// 保管世代数
	// 事業者
	// 72時間以内
	// Backup
	// Generations kept
	// Vendor
	// within 72 hours
	// 7 generations ""
}

func ExampleParse() {
	_, err := locale.Parse("fr")
	fmt.Println(err)
	// Output: unsupported language "fr" (supported: en, ja)
}

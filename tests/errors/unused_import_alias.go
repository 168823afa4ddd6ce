package main

import (
	str "strings" // ERROR ".strings. imported (and|but) not used as str|.strings. imported as str and not used|imported and not used"
	"fmt"
)

func main() {
	fmt.Println(1)
}

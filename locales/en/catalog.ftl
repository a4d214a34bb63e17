# Diagnostics of the header and classification codes (src/check/header.rs, codes.rs, src/catalog.rs).

## How classification codes are written: the selector family is function or economic,
## level is class (类), section (款) or item (项).

catalog-code-lengths = function codes have 3 (类), 5 (款) or 7 (项) digits; economic codes 3 (类) or 5 (款)

catalog-b1005-not-digit = malformed code `{ $code }`: `{ $char }` is not a digit
catalog-b1005-not-digit-label = not a digit
catalog-b1005-not-digit-help = a { $family ->
    [function] function
   *[economic] economic
  } { $level ->
    [class] 类
    [section] 款
   *[item] 项
  } code is made of digits only
catalog-b1005-length = malformed code `{ $code }`: { $digits } digits
catalog-b1005-length-label = a { $family ->
    [function] function
   *[economic] economic
  } { $level ->
    [class] 类
    [section] 款
   *[item] 项
  } has { $digits } digits
catalog-b1005-department = malformed 单位编码 `{ $code }`
catalog-b1005-department-help = a 单位编码 is made of digits, e.g. 106

catalog-b1003 = `{ $code }` is { $other ->
    [function] a function
   *[economic] an economic
  } code, but { $family ->
    [function] a function
   *[economic] an economic
  } { $level ->
    [class] 类
    [section] 款
   *[item] 项
  } is expected here
catalog-b1003-label = { $other ->
    [function] function
   *[economic] economic
  } code { $code } { $name }
catalog-b1003-help-function = a `basic` header, a project's `function` line and a `total` of expenditure take a function 项 (7 digits, e.g. 2080101)
catalog-b1003-help-economic = `人员`/`公用` lines take an economic 款 (5 digits, e.g. 30101)

catalog-b1004 = `{ $code }` is { $family ->
    [function] a function
   *[economic] an economic
  } { $found ->
    [class] 类
    [section] 款
   *[item] 项
  }; amounts attach to a { $level ->
    [class] 类
    [section] 款
   *[item] 项
  }
catalog-b1004-label = { $found ->
    [class] 类
    [section] 款
   *[item] 项
  } { $name }
catalog-b1004-help = name the { $level ->
    [class] 类
    [section] 款
   *[item] 项
  } ({ $digits } digits); totals of a { $found ->
    [class] 类
    [section] 款
   *[item] 项
  } are computed

catalog-b1001 = unknown { $family ->
    [function] function
   *[economic] economic
  } code `{ $code }`
catalog-b1001-label = not in the built-in catalog
catalog-b1001-label-official = not in the official code list
catalog-b1001-named = { $name } is { $codes }
catalog-b1001-similar = similar codes: { $codes }
catalog-b1001-help = check the code; if it is a code of this year's 政府收支分类科目, write its name on the line, or declare it: `code { $family } { $code } <name>`, or name the 财政局's list with `catalog "政府收支分类科目.csv"`
catalog-b1001-help-official = check the code: the official code list does not have it
catalog-b1001-help-slip = check the code and the name: the name belongs to another code
catalog-b1001-help-no-class = check the code: the catalog has no 类 { $class }

catalog-w1001 = the { $family ->
    [function] function
   *[economic] economic
  } code `{ $code }` is not in the built-in catalog; used as { $name }
catalog-w1001-label = not in the built-in catalog
catalog-w1001-help = if it is a code of this year's 政府收支分类科目, declare it: `code { $family } { $code } { $name }`, or name the 财政局's list with `catalog "政府收支分类科目.csv"`

catalog-w1001-no-kuan = its 款 `{ $kuan }` is not in the built-in catalog either, nor declared with `code`
catalog-w1001-help-kuan = if it is a code of this year's 政府收支分类科目, declare its 款 and itself: `code function { $kuan } <款名称>`, `code function { $code } { $name }`, or name the 财政局's list with `catalog "政府收支分类科目.csv"`

catalog-b1002 = `{ $name }` is not the name of { $code }
catalog-b1002-other-year = `{ $name }` is the name of { $code } in another year
catalog-b1002-label = the catalog names it { $known }
catalog-b1002-code-label = this code
catalog-b1002-help = write `{ $known }` or leave the name out
catalog-b1002-provisional = `{ $name }` differs from the name { $known } written for { $code } before
catalog-b1002-provisional-label = written as { $known } before
catalog-b1002-provisional-help = check both names: one code has one name

catalog-b1009-malformed = `{ $code }` is not { $family ->
    [function] a function
   *[economic] an economic
  } code
catalog-b1009-malformed-label = wrong length or not digits
catalog-b1009-wrong-family = `{ $code }` is not { $family ->
    [function] a function
   *[economic] an economic
  } code: function codes start with 2, economic codes with 3
catalog-b1009-wrong-family-label = wrong classification
catalog-b1009-wrong-family-help = check the code, and whether it is `code function` or `code economic`
catalog-b1009-renamed = { $code } is already in the catalog as { $known }
catalog-b1009-renamed-label = the catalog names it { $known }
catalog-b1009-renamed-help = remove the declaration, or write `{ $known }`
catalog-b1009-no-parent = the parent `{ $parent }` of `{ $code }` is not in the catalog
catalog-b1009-no-parent-label = { $parent } is unknown
catalog-b1009-no-parent-help = declare { $parent } first: `code { $family } { $parent } <name>`

## The official code list: the catalog "…" line.

catalog-b1012 = the official code list `{ $path }` cannot be used: { $reason }
catalog-b1012-label = this list was not read
catalog-b1012-note = codes are still checked against the built-in catalog
catalog-b1012-outside = the file is outside the workspace
catalog-b1012-not-regular = not a regular file
catalog-b1012-too-large = the file is larger than { $limit } MiB
catalog-b1012-unreadable = it cannot be read ({ $error })
catalog-b1012-not-found = the file does not exist
catalog-b1012-not-read = the file was not read
catalog-b1012-not-utf8 = neither UTF-8 nor GBK/GB18030 text from line { $line }
catalog-b1012-csv = line { $line } cannot be read as CSV
catalog-b1012-xlsx = not a readable XLSX workbook
catalog-b1012-no-columns = no column of codes and names was found
catalog-b1012-outside-help = put the list inside the workspace (the directory of the file named on the command line, or `--root DIR`)
catalog-b1012-path-help = check the file name and the path (relative to the file with the `catalog` line)
catalog-b1012-not-utf8-help = save the file in Excel or WPS as "CSV UTF-8 (comma delimited)", or use the XLSX file
catalog-b1012-xlsx-help = open the file in Excel or WPS to check it, and save it as .xlsx or CSV UTF-8
catalog-b1012-columns-help = the list needs a 科目编码 column and a 科目名称 column

catalog-w1002 = the official code list `{ $path }` names { $count ->
    [one] one code
   *[other] { $count } codes
  } differently from the built-in catalog; the official names are used
catalog-w1002-label = this list
catalog-w1002-note = { $code }: { $official } in the official list, { $builtin } in the built-in catalog
catalog-w1002-more = and { $count } more
catalog-w1002-help = check that the list is of the budget's `year`; if it is, nothing needs to change

## The header.

catalog-b0003-department = the department is stated twice
catalog-b0003-year = the year is stated twice
catalog-b0003-money = the money unit is stated twice
catalog-b0003-template = the template is stated twice
catalog-b0003-tolerance = the tolerance is stated twice
catalog-b0003-catalog = the official code list is named twice
catalog-b0003-again-label = stated again here
catalog-b0003-first-label = first stated here
catalog-b0003-help = keep one of the two lines

catalog-b1008-year = `{ $year }` is not a budget year
catalog-b1008-year-label = not a year
catalog-b1008-year-help = write the year in four digits, e.g. `year 2024`
catalog-b1008-money = unknown money unit `{ $word }`
catalog-b1008-kind = unknown unit kind `{ $word }`
catalog-b1008-template = unknown template `{ $word }`
catalog-b1008-label = not an accepted word

catalog-b1007-unit = the unit `{ $unit }` is declared twice
catalog-b1007-unit-again-label = declared again here
catalog-b1007-unit-first-label = first declared here
catalog-b1007-unit-help = declare each unit once

catalog-b0004-no-kind = the unit `{ $unit }` has no kind
catalog-b0004-no-kind-label = no `kind`
catalog-b0004-no-kind-help = add `kind 行政`, `kind 参公事业` or `kind 事业`: 机关运行经费 depends on it
catalog-b0004-no-department = the budget has no department (`department` line)
catalog-b0004-no-year = the budget has no budget year (`year` line)
catalog-b0004-no-money = the budget has no money unit (`money` line)
catalog-b0004-no-unit = the budget has no unit (机构设置, `unit` line)
catalog-b0004-missing-label = no `{ $example }` line in this file or its includes
catalog-b0004-missing-help = add a line such as `{ $example }`

## "Did you mean" for funds and terms.

catalog-did-you-mean = did you mean { $word }?
catalog-accepted = write one of: { $accepted }

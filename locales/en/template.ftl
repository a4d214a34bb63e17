# Diagnostics: template files (src/template/).

template-b4001 = the template file is malformed: { $reason }
template-b4001-label = cannot be read here
template-b4002 = the template names a measure that does not exist: “{ $name }”
template-b4002-label = undefined measure
template-b4002-help = did you mean “{ $best }”? Measures are defined in templates/measures.toml or in the template's [measure] table
template-b4003 = the value “{ $value }” is not accepted in a template
template-b4003-label = value not accepted
template-b4003-join-help = `join`, `lead` and `where` go with `each` (the rows of a list joined into one paragraph; only the 项 with money of some measures)
template-b4003-help = accepted values: { $accepted }
template-b4004 = this part of a template table has no rows
template-b4004-label = no rows defined
template-b4004-help = each part names a row axis (axis = "function", "economic", "classes" or "nonempty-classes", with columns), or writes its rows, or has a left and a right side
template-w4001 = the template “{ $template }” applies to { $years }; this budget is for { $year }
template-w4001-label = template
template-w4001-help = check that the template applies to this year: the codes and layout of the tables may have changed
template-b4001-unread = the template file “{ $file }” cannot be read
template-b4001-unread-label = template file
template-b4001-unread-help = a template file must lie in the workspace, be a regular UTF-8 file and at most 16 MiB
template-b4001-unknown-key = the template file has an unknown key “{ $key }”; keys accepted here: { $accepted }
template-b4001-missing-key = the template file lacks the required key “{ $key }”
template-b4001-type = a value of the template file has the wrong type ({ $reason })
template-b4004-block = this block of the narrative has no content, or several kinds at once
template-b4004-block-help = each block has one of: text, prose (paragraphs the department writes), generated (made by budgetc) or list (numbered paragraphs), and may add a heading

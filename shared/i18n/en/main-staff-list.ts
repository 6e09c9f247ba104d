/**
 * The problems of a bulk-request staff list (main/ciso/staff-list.ts, `StaffListProblem.text`),
 * spread into the `main` section (shared/i18n/en/main.ts). The English is exactly the problem's
 * `message`. Column names and examples of the CSV format are values (`{columns}`, `{example}`): the
 * list's header row is written in English whatever the language.
 */
export const MAIN_STAFF_LIST_EN = {
  'main.staffList.tooLarge': 'the list is larger than {mb} MB; split it',
  'main.staffList.notText': 'this is not a text CSV file (save the list as "CSV UTF-8")',
  'main.staffList.empty': 'the list is empty: give a header row and one line per staffer',
  'main.staffList.emptyColumn': 'the header row has an empty column name; the columns are: {columns}',
  'main.staffList.unknownColumn': 'unknown column {column} in the header row; the columns are: {columns}',
  'main.staffList.columnTwice': 'the column {column} appears twice in the header row',
  'main.staffList.headerMissing': 'the first line must be the header row, e.g. {example}',
  'main.staffList.noStaffIdColumn': 'the header row has no {column} column',
  'main.staffList.tooMany': 'the list has {count} staffers; at most {max} per list (split it)',
  'main.staffList.fieldCount': '{count} fields, but the header has {header}',
  'main.staffList.fieldCountComma':
    '{count} fields, but the header has {header} (a comma inside a name needs quotes: {example})',
  'main.staffList.staffIdEmpty': 'the staff id is empty',
  'main.staffList.staffIdInvalid': 'staff id {id} is not valid: use 1-128 letters, digits and . _ @ + -',
  'main.staffList.nameTooLong': 'the name is longer than {max} characters',
  'main.staffList.nameUnsafe': 'the name {name} contains control, invisible or invalid characters',
  'main.staffList.purposeInvalid': 'purpose {purpose} is not one of {purposes}',
  'main.staffList.noPurpose': 'no purpose: fill the {column} column or choose a purpose for the whole list',
  'main.staffList.duplicate': 'staff id {id} is already on line {line} (staff ids are compared without case)',
  'main.staffList.several': '{problems}',
  'main.staffList.noStaff': 'the list has a header row but no staff',
  'main.staffList.more': 'and {count} more problems',
  'main.staffList.unclosedQuote': 'a quoted field is not closed (a " is missing)',
  'main.staffList.textAfterQuote':
    'text after a closing quote; a quote inside a quoted field is written twice ("")',
  'main.staffList.quoteInField':
    'a " inside a field that is not quoted; put the field in quotes and write the " twice',
} as const satisfies Readonly<Record<string, string>>

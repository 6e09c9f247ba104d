/**
 * Spanish for the problems of a bulk-request staff list (shared/i18n/en/main-staff-list.ts): usted,
 * the glossary of docs/i18n-es.md. Column names and examples stay as in English (placeholders).
 */
import type { MAIN_STAFF_LIST_EN } from '../en/main-staff-list'

export const MAIN_STAFF_LIST_ES: Readonly<Record<keyof typeof MAIN_STAFF_LIST_EN, string>> = {
  'main.staffList.tooLarge': 'la lista ocupa más de {mb} MB; divídala',
  'main.staffList.notText': 'este no es un archivo CSV de texto (guarde la lista como "CSV UTF-8")',
  'main.staffList.empty': 'la lista está vacía: incluya una fila de encabezado y una línea por persona',
  'main.staffList.emptyColumn':
    'la fila de encabezado tiene una columna sin nombre; las columnas son: {columns}',
  'main.staffList.unknownColumn':
    'columna desconocida {column} en la fila de encabezado; las columnas son: {columns}',
  'main.staffList.columnTwice': 'la columna {column} aparece dos veces en la fila de encabezado',
  'main.staffList.headerMissing': 'la primera línea debe ser la fila de encabezado, por ejemplo {example}',
  'main.staffList.noStaffIdColumn': 'la fila de encabezado no tiene la columna {column}',
  'main.staffList.tooMany': 'la lista tiene {count} personas; como máximo {max} por lista (divídala)',
  'main.staffList.fieldCount': '{count} campos, pero el encabezado tiene {header}',
  'main.staffList.fieldCountComma':
    '{count} campos, pero el encabezado tiene {header} (una coma dentro de un nombre requiere comillas: {example})',
  'main.staffList.staffIdEmpty': 'el identificador de personal está vacío',
  'main.staffList.staffIdInvalid':
    'el identificador de personal {id} no es válido: use de 1 a 128 letras, dígitos y . _ @ + -',
  'main.staffList.nameTooLong': 'el nombre tiene más de {max} caracteres',
  'main.staffList.nameUnsafe': 'el nombre {name} contiene caracteres no imprimibles, invisibles o no válidos',
  'main.staffList.purposeInvalid': 'el propósito {purpose} no es uno de {purposes}',
  'main.staffList.noPurpose':
    'sin propósito: complete la columna {column} o elija un propósito para toda la lista',
  'main.staffList.duplicate':
    'el identificador de personal {id} ya está en la línea {line} (los identificadores se comparan sin distinguir mayúsculas y minúsculas)',
  'main.staffList.several': '{problems}',
  'main.staffList.noStaff': 'la lista tiene fila de encabezado, pero ninguna persona',
  'main.staffList.more': 'problemas adicionales sin mostrar: {count}',
  'main.staffList.unclosedQuote': 'un campo entre comillas no está cerrado (falta una ")',
  'main.staffList.textAfterQuote':
    'hay texto después de las comillas de cierre; las comillas dentro de un campo entre comillas se escriben dos veces ("")',
  'main.staffList.quoteInField':
    'hay comillas (") dentro de un campo sin comillas; ponga el campo entre comillas y escriba las " dos veces',
}

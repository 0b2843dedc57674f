<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ch::AssignmentRepository</name>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>El caso %1 no existe.</translation>
    </message>
    <message>
        <source>Volunteer %1 does not exist.</source>
        <translation>El voluntario %1 no existe.</translation>
    </message>
    <message>
        <source>Case %1 is already assigned to %2. Unassign it first.</source>
        <translation>El caso %1 ya está asignado a %2. Quite primero esa asignación.</translation>
    </message>
    <message>
        <source>A decline needs a reason, so the next match can take it into account.</source>
        <translation>Para registrar un rechazo hay que indicar un motivo, para que la próxima asignación lo tenga en cuenta.</translation>
    </message>
    <message>
        <source>Case %1 is not assigned to anyone.</source>
        <translation>El caso %1 no está asignado a nadie.</translation>
    </message>
    <message>
        <source>Someone else changed this assignment. Reload the case and try again.</source>
        <translation>Otra persona cambió esta asignación. Vuelva a cargar el caso e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ch::CaseDetailView</name>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Edi&amp;tar</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Cambiar e&amp;stado…</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <source>Show medical and family details</source>
        <translation>Mostrar datos médicos y familiares</translation>
    </message>
    <message>
        <source>Medical, family and abuse details are hidden until you ask to see them.</source>
        <translation>Los datos médicos, familiares y de abuso están ocultos hasta que usted pida verlos.</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Write a note about this case…</source>
        <translation>Escriba una nota sobre este caso…</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nueva nota</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Agregar nota</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Caso %1</translation>
    </message>
    <message>
        <source>%1 (case %2)</source>
        <translation>%1 (caso %2)</translation>
    </message>
    <message>
        <source>Case %1 could not be loaded</source>
        <translation>No se pudo cargar el caso %1</translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation>Nombre no indicado</translation>
    </message>
    <message>
        <source>No register number</source>
        <translation>Sin número de registro</translation>
    </message>
    <message>
        <source>Register no. %1</source>
        <translation>N.º de registro %1</translation>
    </message>
    <message>
        <source>Court case %1</source>
        <translation>Caso judicial %1</translation>
    </message>
    <message>
        <source>Returning person</source>
        <translation>Persona con una solicitud anterior</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(oculto)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Status not changed</source>
        <translation>Estado no cambiado</translation>
    </message>
    <message>
        <source>Note not added</source>
        <translation>Nota no agregada</translation>
    </message>
</context>
<context>
    <name>ch::CaseListModel</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Register no.</source>
        <translation>N.º de registro</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Reasons claimed</source>
        <translation>Motivos alegados</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro penitenciario</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>ch::CaseListPage</name>
    <message>
        <source>Search name, register no., case number, facility… (Ctrl+F)</source>
        <translation>Buscar nombre, n.º de registro, n.º de caso judicial, centro penitenciario… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Buscar casos</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>District filter</source>
        <translation>Filtro de distrito</translation>
    </message>
    <message>
        <source>All districts</source>
        <translation>Todos los distritos</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;District:</source>
        <translation>&amp;Distrito:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n caso</numerusform>
            <numerusform>%n casos</numerusform>
        </translation>
    </message>
    <message>
        <source>No cases match the search and filters.
Clear the search box or choose “All” to see every case.</source>
        <translation>Ningún caso coincide con la búsqueda y los filtros.
Borre el cuadro de búsqueda o elija “Todos” para ver todos los casos.</translation>
    </message>
    <message>
        <source>No cases yet — press Ctrl+N to enter one.</source>
        <translation>Todavía no hay casos: presione Ctrl+N para ingresar uno.</translation>
    </message>
    <message>
        <source>The case list could not be read: %1</source>
        <translation>No se pudo leer la lista de casos: %1</translation>
    </message>
</context>
<context>
    <name>ch::CaseRepository</name>
    <message>
        <source>The case was not saved because some answers are not valid:
%1</source>
        <translation>El caso no se guardó porque algunas respuestas no son válidas:
%1</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Solicitud recibida</translation>
    </message>
    <message>
        <source>Case %1 was changed by someone else after you opened it. Your changes were not saved; reload the case to see the other changes.</source>
        <translation>Otra persona modificó el caso %1 después de que usted lo abrió. Sus cambios no se guardaron; vuelva a cargar el caso para ver los otros cambios.</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
    <message>
        <source>“%1” is not a case status.</source>
        <translation>“%1” no es un estado de caso.</translation>
    </message>
    <message>
        <source>A case that is “%1” cannot move to “%2”.</source>
        <translation>Un caso en estado “%1” no puede pasar a “%2”.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>La nota está vacía.</translation>
    </message>
</context>
<context>
    <name>ch::CaseStatus</name>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>En evaluación inicial</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>Falta información</translation>
    </message>
    <message>
        <source>Screened out (referred)</source>
        <translation>No admitido (derivado)</translation>
    </message>
    <message>
        <source>Screened in</source>
        <translation>Admitido</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Asignado</translation>
    </message>
    <message>
        <source>Motion filed</source>
        <translation>Moción presentada</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
</context>
<context>
    <name>ch::CaseValidator</name>
    <message>
        <source>Enter the person&apos;s name or BOP register number.</source>
        <translation>Ingrese el nombre de la persona o su número de registro (BOP).</translation>
    </message>
    <message>
        <source>%1 is too long (%2 characters; at most %3).</source>
        <translation>%1 es demasiado largo (%2 caracteres; como máximo %3).</translation>
    </message>
    <message>
        <source>%1 is not a date: write it as YYYY-MM-DD.</source>
        <translation>%1 no es una fecha: escríbala como AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>“%1” is not a BOP register number: it has eight digits, written NNNNN-NNN.</source>
        <translation>“%1” no es un número de registro (BOP): tiene ocho dígitos, escritos NNNNN-NNN.</translation>
    </message>
    <message>
        <source>“%1” is not one of the 94 U.S. district courts.</source>
        <translation>“%1” no es uno de los 94 tribunales de distrito de EE. UU.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 debe ser uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>The sentence must be a whole number of months (1 to 2400) or “life”.</source>
        <translation>La pena debe ser un número entero de meses (de 1 a 2400) o “life” (cadena perpetua).</translation>
    </message>
    <message>
        <source>“%1” is not a known reason.</source>
        <translation>“%1” no es un motivo conocido.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The phone number “%1” looks incomplete.</source>
        <translation>El número de teléfono “%1” parece incompleto.</translation>
    </message>
    <message>
        <source>The date of birth is in the future.</source>
        <translation>La fecha de nacimiento está en el futuro.</translation>
    </message>
    <message>
        <source>The date of birth makes the person older than 120.</source>
        <translation>Según la fecha de nacimiento, la persona tendría más de 120 años.</translation>
    </message>
    <message>
        <source>The date of birth is after the start of custody.</source>
        <translation>La fecha de nacimiento es posterior al inicio de la custodia.</translation>
    </message>
    <message>
        <source>Custody started before the person turned 14: check both dates.</source>
        <translation>La custodia comenzó antes de que la persona cumpliera 14 años: revise ambas fechas.</translation>
    </message>
    <message>
        <source>The start of custody is in the future.</source>
        <translation>El inicio de la custodia está en el futuro.</translation>
    </message>
    <message>
        <source>The projected release date is before custody started.</source>
        <translation>La fecha prevista de liberación es anterior al inicio de la custodia.</translation>
    </message>
    <message>
        <source>The warden cannot have received the request in the future.</source>
        <translation>El director del centro penitenciario no puede haber recibido la solicitud en una fecha futura.</translation>
    </message>
    <message>
        <source>The warden&apos;s response is dated before the request.</source>
        <translation>La respuesta del director del centro penitenciario tiene fecha anterior a la solicitud.</translation>
    </message>
    <message>
        <source>The warden&apos;s response is dated in the future.</source>
        <translation>La respuesta del director del centro penitenciario tiene una fecha futura.</translation>
    </message>
    <message>
        <source>The submission date is in the future.</source>
        <translation>La fecha de envío está en el futuro.</translation>
    </message>
</context>
<context>
    <name>ch::ChangeStatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>Cambiar estado</translation>
    </message>
    <message>
        <source>The case is now “%1”.</source>
        <translation>El caso ahora está en estado “%1”.</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nuevo estado</translation>
    </message>
    <message>
        <source>Optional: why the status changes</source>
        <translation>Opcional: por qué cambia el estado</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>&amp;New status:</source>
        <translation>&amp;Nuevo estado:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
</context>
<context>
    <name>ch::CliApplication</name>
    <message>
        <source>Fill the database with realistic synthetic cases and volunteers.</source>
        <translation>Llena la base de datos con casos y voluntarios sintéticos realistas.</translation>
    </message>
    <message>
        <source>Write every case with every field to a JSON file.</source>
        <translation>Escribe todos los casos, con todos sus campos, en un archivo JSON.</translation>
    </message>
    <message>
        <source>Screen cases against the rules and print the results.</source>
        <translation>Evalúa los casos según las reglas e imprime los resultados.</translation>
    </message>
    <message>
        <source>Import questionnaire submissions from a CSV or JSON file.</source>
        <translation>Importa envíos del cuestionario desde un archivo CSV o JSON.</translation>
    </message>
    <message>
        <source>Usage: clearinghouse-cli [--db PATH] [--actor NAME] COMMAND [options]

Global options:
  --db PATH      the database file (default: %1)
  --actor NAME   the name written to the audit log (default: your account name)
  --help         this text; COMMAND --help for a command&apos;s options
  --version      the program&apos;s version

Commands:
</source>
        <translation>Uso: clearinghouse-cli [--db RUTA] [--actor NOMBRE] COMANDO [opciones]

Opciones generales:
  --db RUTA      el archivo de base de datos (predeterminado: %1)
  --actor NOMBRE el nombre que se escribe en el registro de auditoría (predeterminado: su nombre de cuenta)
  --help         este texto; COMANDO --help muestra las opciones de un comando
  --version      la versión del programa

Comandos:
</translation>
    </message>
    <message>
        <source>clearinghouse-cli: %1</source>
        <translation>clearinghouse-cli: %1</translation>
    </message>
    <message>
        <source>clearinghouse-cli: %1 needs a value.</source>
        <translation>clearinghouse-cli: %1 necesita un valor.</translation>
    </message>
    <message>
        <source>clearinghouse-cli: unknown option %1.</source>
        <translation>clearinghouse-cli: opción desconocida %1.</translation>
    </message>
    <message>
        <source>clearinghouse-cli: no command given.</source>
        <translation>clearinghouse-cli: no se indicó ningún comando.</translation>
    </message>
    <message>
        <source>clearinghouse-cli: unknown command “%1”.</source>
        <translation>clearinghouse-cli: comando desconocido “%1”.</translation>
    </message>
    <message>
        <source>How many cases (default 200).</source>
        <translation>Cuántos casos (predeterminado: 200).</translation>
    </message>
    <message>
        <source>How many volunteers (default 40).</source>
        <translation>Cuántos voluntarios (predeterminado: 40).</translation>
    </message>
    <message>
        <source>Seed for the generator; the same seed gives the same data.</source>
        <translation>Semilla del generador; la misma semilla produce los mismos datos.</translation>
    </message>
    <message>
        <source>clearinghouse-cli demo: --cases, --volunteers and --seed take whole numbers of 0 or more.</source>
        <translation>clearinghouse-cli demo: --cases, --volunteers y --seed aceptan números enteros de 0 o más.</translation>
    </message>
    <message>
        <source>clearinghouse-cli demo: unexpected argument %1.</source>
        <translation>clearinghouse-cli demo: argumento inesperado %1.</translation>
    </message>
    <message>
        <source>clearinghouse-cli demo: %1</source>
        <translation>clearinghouse-cli demo: %1</translation>
    </message>
    <message>
        <source>Write every case with every field to a file.</source>
        <translation>Escribe todos los casos, con todos sus campos, en un archivo.</translation>
    </message>
    <message>
        <source>The file format: json (default).</source>
        <translation>El formato del archivo: json (predeterminado).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se va a escribir.</translation>
    </message>
    <message>
        <source>clearinghouse-cli export: unknown format “%1”; the formats are: json.</source>
        <translation>clearinghouse-cli export: formato desconocido “%1”; los formatos son: json.</translation>
    </message>
    <message>
        <source>clearinghouse-cli export: say where to write with --out FILE.</source>
        <translation>clearinghouse-cli export: indique dónde escribir con --out ARCHIVO.</translation>
    </message>
    <message>
        <source>clearinghouse-cli export: %1</source>
        <translation>clearinghouse-cli export: %1</translation>
    </message>
    <message>
        <source>Screen cases against the rules (domain primer §4). Without CASE_IDs, every case. Results for today are stored with the case; results for another --as-of date are only printed.</source>
        <translation>Evalúa los casos según las reglas (introducción al dominio, §4). Sin CASE_ID, evalúa todos los casos. Los resultados para hoy se guardan con el caso; los resultados para otra fecha de --as-of solo se imprimen.</translation>
    </message>
    <message>
        <source>Screen as of this date (YYYY-MM-DD; default today).</source>
        <translation>Evaluar a esta fecha (AAAA-MM-DD; predeterminado: hoy).</translation>
    </message>
    <message>
        <source>Print a JSON array (the default is one line per case).</source>
        <translation>Imprime un arreglo JSON (lo predeterminado es una línea por caso).</translation>
    </message>
    <message>
        <source>Language of the referral texts: en or es (default en).</source>
        <translation>Idioma de los textos de derivación: en o es (predeterminado: en).</translation>
    </message>
    <message>
        <source>Cases to screen.</source>
        <translation>Casos que se van a evaluar.</translation>
    </message>
    <message>
        <source>clearinghouse-cli screen: --as-of takes a date written YYYY-MM-DD, not “%1”.</source>
        <translation>clearinghouse-cli screen: --as-of acepta una fecha escrita AAAA-MM-DD, no “%1”.</translation>
    </message>
    <message>
        <source>clearinghouse-cli screen: --language is en or es.</source>
        <translation>clearinghouse-cli screen: --language debe ser en o es.</translation>
    </message>
    <message>
        <source>clearinghouse-cli screen: “%1” is not a case number.</source>
        <translation>clearinghouse-cli screen: “%1” no es un número de caso.</translation>
    </message>
    <message>
        <source>clearinghouse-cli screen: %1</source>
        <translation>clearinghouse-cli screen: %1</translation>
    </message>
    <message>
        <source>clearinghouse-cli screen: case %1: %2</source>
        <translation>clearinghouse-cli screen: caso %1: %2</translation>
    </message>
    <message>
        <source>Import questionnaire submissions. Prints a JSON summary; rejected rows are kept in the quarantine list.</source>
        <translation>Importa envíos del cuestionario. Imprime un resumen en JSON; las filas rechazadas se guardan en la lista de cuarentena.</translation>
    </message>
    <message>
        <source>The CSV or JSON export of the questionnaire.</source>
        <translation>La exportación CSV o JSON del cuestionario.</translation>
    </message>
    <message>
        <source>csv or json (default: from the file name).</source>
        <translation>csv o json (predeterminado: según el nombre del archivo).</translation>
    </message>
    <message>
        <source>A JSON file {&quot;column in the file&quot;: &quot;field&quot;, ...} for headers that differ.</source>
        <translation>Un archivo JSON {&quot;column in the file&quot;: &quot;field&quot;, ...} para encabezados que difieren.</translation>
    </message>
    <message>
        <source>Use a saved column mapping.</source>
        <translation>Usar una plantilla de correspondencia de columnas guardada.</translation>
    </message>
    <message>
        <source>Save the mapping given with --mapping under this name.</source>
        <translation>Guardar como plantilla, con este nombre, la correspondencia de columnas indicada con --mapping.</translation>
    </message>
    <message>
        <source>clearinghouse-cli import: give exactly one file to import.</source>
        <translation>clearinghouse-cli import: indique exactamente un archivo para importar.</translation>
    </message>
    <message>
        <source>clearinghouse-cli import: unknown format “%1”; the formats are: csv, json.</source>
        <translation>clearinghouse-cli import: formato desconocido “%1”; los formatos son: csv, json.</translation>
    </message>
    <message>
        <source>clearinghouse-cli import: give --mapping or --preset, not both.</source>
        <translation>clearinghouse-cli import: indique --mapping o --preset, no ambos.</translation>
    </message>
    <message>
        <source>clearinghouse-cli import: --save-preset needs --mapping FILE.</source>
        <translation>clearinghouse-cli import: --save-preset necesita --mapping ARCHIVO.</translation>
    </message>
    <message>
        <source>clearinghouse-cli import: the mapping file %1 cannot be read: %2.</source>
        <translation>clearinghouse-cli import: no se puede leer el archivo de correspondencia de columnas %1: %2.</translation>
    </message>
    <message>
        <source>clearinghouse-cli import: the mapping file must hold one JSON object, {&quot;column in the file&quot;: &quot;field&quot;, ...}.</source>
        <translation>clearinghouse-cli import: el archivo de correspondencia de columnas debe contener un único objeto JSON, {&quot;column in the file&quot;: &quot;field&quot;, ...}.</translation>
    </message>
    <message>
        <source>clearinghouse-cli import: %1</source>
        <translation>clearinghouse-cli import: %1</translation>
    </message>
    <message numerus="yes">
        <source>clearinghouse-cli import: %n row(s) rejected and kept in the quarantine list.</source>
        <translation>
            <numerusform>clearinghouse-cli import: %n fila rechazada y guardada en la lista de cuarentena.</numerusform>
            <numerusform>clearinghouse-cli import: %n filas rechazadas y guardadas en la lista de cuarentena.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ch::ColumnMapping</name>
    <message>
        <source>The column mapping sends “%1” to “%2”, which is not a questionnaire field.</source>
        <translation>La correspondencia de columnas envía “%1” a “%2”, que no es un campo del cuestionario.</translation>
    </message>
    <message>
        <source>The column “%1” appears twice in the file. Rename one of them and import again.</source>
        <translation>La columna “%1” aparece dos veces en el archivo. Cambie el nombre de una de ellas y vuelva a importar.</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” would both fill the field “%3”. Change the column mapping so that each field comes from one column.</source>
        <translation>Las columnas “%1” y “%2” llenarían ambas el campo “%3”. Cambie la correspondencia de columnas para que cada campo provenga de una sola columna.</translation>
    </message>
</context>
<context>
    <name>ch::CsvReader</name>
    <message>
        <source>The file could not be read: %1.</source>
        <translation>No se pudo leer el archivo: %1.</translation>
    </message>
    <message>
        <source>The file is in UTF-16, not UTF-8. Save it again as UTF-8 CSV and import it again.</source>
        <translation>El archivo está en UTF-16, no en UTF-8. Vuelva a guardarlo como CSV UTF-8 y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>The file holds binary data: it is not a CSV file.</source>
        <translation>El archivo contiene datos binarios: no es un archivo CSV.</translation>
    </message>
    <message>
        <source>The row is larger than %1 MiB; it was not read.</source>
        <translation>La fila ocupa más de %1 MiB; no se leyó.</translation>
    </message>
    <message>
        <source>The row has more than %1 values.</source>
        <translation>La fila tiene más de %1 valores.</translation>
    </message>
    <message>
        <source>A quoted value that starts on line %1 is never closed: the file ends inside it.</source>
        <translation>Un valor entre comillas que empieza en la línea %1 nunca se cierra: el archivo termina dentro de él.</translation>
    </message>
    <message>
        <source>The first row of the file is larger than %1 MiB: this is not a questionnaire export (or its lines are not separated). Nothing was imported.</source>
        <translation>La primera fila del archivo ocupa más de %1 MiB: no es una exportación del cuestionario (o sus líneas no están separadas). No se importó nada.</translation>
    </message>
    <message>
        <source>A quote appears inside a value that does not start with a quote.</source>
        <translation>Aparece una comilla dentro de un valor que no empieza con comilla.</translation>
    </message>
    <message>
        <source>There is text after the closing quote of a value.</source>
        <translation>Hay texto después de la comilla de cierre de un valor.</translation>
    </message>
</context>
<context>
    <name>ch::Database</name>
    <message>
        <source>The database file %1 cannot be read: %2. Check that you may open it, or choose another file.</source>
        <translation>No se puede leer el archivo de base de datos %1: %2. Compruebe que tiene permiso para abrirlo o elija otro archivo.</translation>
    </message>
    <message>
        <source>The file %1 is not a Clearinghouse database (it is not a database file at all). Nothing was written to it. Choose another file, or give a new file name to start a new database.</source>
        <translation>El archivo %1 no es una base de datos de Clearinghouse (no es un archivo de base de datos). No se escribió nada en él. Elija otro archivo o indique un nombre de archivo nuevo para crear una base de datos nueva.</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>No se indicó ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file. Give the path of a file.</source>
        <translation>%1 es una carpeta, no un archivo de base de datos. Indique la ruta de un archivo.</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>El archivo de base de datos %1 no existe.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>No se pudo abrir la base de datos %1.</translation>
    </message>
    <message>
        <source>The file %1 is damaged or is not a Clearinghouse database. Nothing was written to it. Restore a backup, or choose another file.</source>
        <translation>El archivo %1 está dañado o no es una base de datos de Clearinghouse. No se escribió nada en él. Restaure una copia de seguridad o elija otro archivo.</translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be read. Nothing was written to it. Restore a backup, or choose another file.</source>
        <translation>El archivo %1 está dañado y no se puede leer. No se escribió nada en él. Restaure una copia de seguridad o elija otro archivo.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not of Clearinghouse. Nothing was written to it. Choose another file.</source>
        <translation>El archivo %1 es una base de datos de otro programa, no de Clearinghouse. No se escribió nada en él. Elija otro archivo.</translation>
    </message>
    <message>
        <source>The database %1 is damaged (its integrity check failed). Nothing was written to it. Restore a backup, or open it read-only to copy what can be read.</source>
        <translation>La base de datos %1 está dañada (falló su comprobación de integridad). No se escribió nada en ella. Restaure una copia de seguridad o ábrala en modo de solo lectura para copiar lo que se pueda leer.</translation>
    </message>
    <message>
        <source>The database %1 was made by a newer version of Clearinghouse (schema version %2; this program knows up to %3). Nothing was written to it. Install the newer version of the program to open it.</source>
        <translation>La base de datos %1 fue creada por una versión más reciente de Clearinghouse (versión de esquema %2; este programa admite hasta la %3). No se escribió nada en ella. Instale la versión más reciente del programa para abrirla.</translation>
    </message>
</context>
<context>
    <name>ch::DemoDataGenerator</name>
    <message>
        <source>Demo case %1 could not be saved: %2</source>
        <translation>No se pudo guardar el caso de demostración %1: %2</translation>
    </message>
</context>
<context>
    <name>ch::DuplicateBanner</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Continue anyway</source>
        <translation>Continuar de todos modos</translation>
    </message>
    <message>
        <source>This is a different request: stop warning about these cases.</source>
        <translation>Es una solicitud distinta: dejar de advertir sobre estos casos.</translation>
    </message>
    <message>
        <source>same register number</source>
        <translation>mismo número de registro</translation>
    </message>
    <message>
        <source>same name and date of birth</source>
        <translation>mismo nombre y fecha de nacimiento</translation>
    </message>
    <message>
        <source>same submitter phone</source>
        <translation>mismo teléfono del remitente</translation>
    </message>
    <message>
        <source>same submitter email</source>
        <translation>mismo correo electrónico del remitente</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>no register no.</source>
        <translation>sin n.º de registro</translation>
    </message>
    <message>
        <source>Case %1 · %2 · %3 · %4 — %5</source>
        <translation>Caso %1 · %2 · %3 · %4 — %5</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open case %1</source>
        <translation>Abrir el caso %1</translation>
    </message>
    <message numerus="yes">
        <source>This may be a request we already have (%n possible match(es)):</source>
        <translation>
            <numerusform>Puede que ya tengamos esta solicitud (%n posible coincidencia):</numerusform>
            <numerusform>Puede que ya tengamos esta solicitud (%n posibles coincidencias):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ch::FieldCatalog</name>
    <message>
        <source>Submission and submitter</source>
        <translation>Envío y remitente</translation>
    </message>
    <message>
        <source>Person in custody</source>
        <translation>Persona en custodia</translation>
    </message>
    <message>
        <source>Federal case</source>
        <translation>Caso federal</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Pena</translation>
    </message>
    <message>
        <source>Reasons for release</source>
        <translation>Motivos para la liberación</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Datos médicos</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Datos familiares</translation>
    </message>
    <message>
        <source>Request to the warden</source>
        <translation>Solicitud al director del centro penitenciario</translation>
    </message>
    <message>
        <source>Release plan</source>
        <translation>Plan tras la liberación</translation>
    </message>
    <message>
        <source>Submission ID</source>
        <translation>ID del envío</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>Submitter&apos;s name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>Relationship to the person</source>
        <translation>Relación con la persona</translation>
    </message>
    <message>
        <source>Submitter&apos;s phone</source>
        <translation>Teléfono del remitente</translation>
    </message>
    <message>
        <source>Submitter&apos;s email</source>
        <translation>Correo electrónico del remitente</translation>
    </message>
    <message>
        <source>Submitter&apos;s address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>Submitter&apos;s language</source>
        <translation>Idioma del remitente</translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation>Consentimiento para contactar</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>BOP register number</source>
        <translation>Número de registro (BOP)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Person&apos;s language</source>
        <translation>Idioma de la persona</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro penitenciario</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Sentencing district</source>
        <translation>Distrito de sentencia</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso judicial</translation>
    </message>
    <message>
        <source>Co-defendants</source>
        <translation>Coacusados</translation>
    </message>
    <message>
        <source>Offense</source>
        <translation>Delito</translation>
    </message>
    <message>
        <source>Relief sought</source>
        <translation>Medida solicitada</translation>
    </message>
    <message>
        <source>Sentence status</source>
        <translation>Situación de la condena</translation>
    </message>
    <message>
        <source>Sentence (months)</source>
        <translation>Pena (meses)</translation>
    </message>
    <message>
        <source>In custody since</source>
        <translation>En custodia desde</translation>
    </message>
    <message>
        <source>Projected release date</source>
        <translation>Fecha prevista de liberación</translation>
    </message>
    <message>
        <source>Sentenced under 18 U.S.C. §3559(c)</source>
        <translation>Condena conforme a 18 U.S.C. §3559(c)</translation>
    </message>
    <message>
        <source>Reasons claimed</source>
        <translation>Motivos alegados</translation>
    </message>
    <message>
        <source>Abuse in custody</source>
        <translation>Abuso durante la custodia</translation>
    </message>
    <message>
        <source>Other circumstances</source>
        <translation>Otras circunstancias</translation>
    </message>
    <message>
        <source>Medical situation</source>
        <translation>Situación médica</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>Situación familiar</translation>
    </message>
    <message>
        <source>Warden received the request on</source>
        <translation>Fecha en que el director del centro penitenciario recibió la solicitud</translation>
    </message>
    <message>
        <source>Warden&apos;s response</source>
        <translation>Respuesta del director del centro penitenciario</translation>
    </message>
    <message>
        <source>Warden responded on</source>
        <translation>Fecha de respuesta del director del centro penitenciario</translation>
    </message>
    <message>
        <source>Eight digits, written NNNNN-NNN (for example 12345-067).</source>
        <translation>Ocho dígitos, escritos NNNNN-NNN (por ejemplo, 12345-067).</translation>
    </message>
    <message>
        <source>Whole months of the prison term, or tick “Life”.</source>
        <translation>Meses completos de la pena de prisión, o marque “Cadena perpetua”.</translation>
    </message>
    <message>
        <source>Separate several names with a semicolon (;).</source>
        <translation>Separe varios nombres con punto y coma (;).</translation>
    </message>
    <message>
        <source>One of the 94 U.S. district courts.</source>
        <translation>Uno de los 94 tribunales de distrito de EE. UU.</translation>
    </message>
    <message>
        <source>The date the warden received the request (the date it was sent when receipt is unknown).</source>
        <translation>La fecha en que el director del centro penitenciario recibió la solicitud (la fecha de envío si no se sabe cuándo la recibió).</translation>
    </message>
    <message>
        <source>The Clearinghouse takes federal cases only.</source>
        <translation>Clearinghouse solo acepta casos federales.</translation>
    </message>
    <message>
        <source>The Clearinghouse helps with compassionate-release motions only.</source>
        <translation>Clearinghouse solo ayuda con mociones de liberación compasiva.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Se desconoce</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Federal (U.S. District Court)</source>
        <translation>Federal (Tribunal de Distrito de EE. UU.)</translation>
    </message>
    <message>
        <source>State court</source>
        <translation>Tribunal estatal</translation>
    </message>
    <message>
        <source>D.C. Superior Court</source>
        <translation>Tribunal Superior de D.C.</translation>
    </message>
    <message>
        <source>Military court</source>
        <translation>Tribunal militar</translation>
    </message>
    <message>
        <source>Compassionate release</source>
        <translation>Liberación compasiva</translation>
    </message>
    <message>
        <source>Clemency</source>
        <translation>Clemencia</translation>
    </message>
    <message>
        <source>Commutation</source>
        <translation>Conmutación de la pena</translation>
    </message>
    <message>
        <source>Pardon</source>
        <translation>Indulto</translation>
    </message>
    <message>
        <source>Expungement</source>
        <translation>Eliminación de antecedentes</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Sentenced (in prison or home confinement)</source>
        <translation>Con sentencia (en prisión o arresto domiciliario)</translation>
    </message>
    <message>
        <source>Awaiting sentencing</source>
        <translation>En espera de sentencia</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>En libertad</translation>
    </message>
    <message>
        <source>No response yet</source>
        <translation>Aún sin respuesta</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Cadena perpetua</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ch::FieldEditor</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Code or name, e.g. nysd or Southern District of New York</source>
        <translation>Código o nombre, p. ej., nysd o Southern District of New York</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Life</source>
        <translation>Cadena perpetua</translation>
    </message>
    <message>
        <source>Life sentence</source>
        <translation>Condena a cadena perpetua</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>NNNNN-NNN</source>
        <translation>NNNNN-NNN</translation>
    </message>
</context>
<context>
    <name>ch::FilePermissions</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not restrict access to the folder %1.</source>
        <translation>No se pudo restringir el acceso a la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not create the file %1.</source>
        <translation>No se pudo crear el archivo %1.</translation>
    </message>
    <message>
        <source>Could not restrict access to %1.</source>
        <translation>No se pudo restringir el acceso a %1.</translation>
    </message>
</context>
<context>
    <name>ch::ImportPresets</name>
    <message>
        <source>Give the preset a name.</source>
        <translation>Póngale un nombre a la plantilla.</translation>
    </message>
    <message>
        <source>There is no column-mapping preset called “%1”.</source>
        <translation>No hay ninguna plantilla de correspondencia de columnas llamada “%1”.</translation>
    </message>
</context>
<context>
    <name>ch::ImportService</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>El archivo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is empty: there is nothing to import.</source>
        <translation>El archivo %1 está vacío: no hay nada que importar.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The file is empty: there is nothing to import.</source>
        <translation>El archivo está vacío: no hay nada que importar.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (its header row is not). Save it again as UTF-8 CSV and import it again.</source>
        <translation>El archivo no es texto UTF-8 (su fila de encabezado no lo es). Vuelva a guardarlo como CSV UTF-8 y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>The header row cannot be read: %1</source>
        <translation>No se puede leer la fila de encabezado: %1</translation>
    </message>
    <message>
        <source>The file has no person_name or register_number column, so it is not a questionnaire export in CSV (or its columns need a mapping). Nothing was imported.</source>
        <translation>El archivo no tiene una columna person_name ni register_number, así que no es una exportación CSV del cuestionario (o hace falta una correspondencia de columnas). No se importó nada.</translation>
    </message>
    <message>
        <source>The value is longer than %1 bytes; it was cut when read.</source>
        <translation>El valor ocupa más de %1 bytes; se recortó al leerlo.</translation>
    </message>
    <message>
        <source>The row has %1 values but the header has %2 columns.</source>
        <translation>La fila tiene %1 valores, pero el encabezado tiene %2 columnas.</translation>
    </message>
    <message>
        <source>%1 The rows before it were imported (%2 new cases).</source>
        <translation>%1 Las filas anteriores se importaron (%2 casos nuevos).</translation>
    </message>
    <message>
        <source>row of the file, the header being row 1</source>
        <translation>fila del archivo, contando el encabezado como fila 1</translation>
    </message>
    <message>
        <source>The JSON array holds no objects, so it holds no submissions. Nothing was imported.</source>
        <translation>El arreglo JSON no contiene objetos, así que no contiene envíos. No se importó nada.</translation>
    </message>
    <message>
        <source>No object in the file has a person_name or register_number key, so it is not a questionnaire export (or its keys need a mapping). Nothing was imported.</source>
        <translation>Ningún objeto del archivo tiene una clave person_name ni register_number, así que no es una exportación del cuestionario (o hace falta una correspondencia de columnas). No se importó nada.</translation>
    </message>
    <message>
        <source>position in the JSON array, the first object being row 1</source>
        <translation>posición en el arreglo JSON, contando el primer objeto como fila 1</translation>
    </message>
    <message>
        <source>The import stopped at row %1 because the database failed: %2 The rows before the batch that held it are saved (%3 new cases); run the import again to finish it.</source>
        <translation>La importación se detuvo en la fila %1 porque falló la base de datos: %2 Las filas anteriores al lote que la contenía están guardadas (%3 casos nuevos); vuelva a ejecutar la importación para terminarla.</translation>
    </message>
    <message>
        <source>The value is not valid UTF-8 text. It was not imported; correct it in the quarantine list.</source>
        <translation>El valor no es texto UTF-8 válido. No se importó; corríjalo en la lista de cuarentena.</translation>
    </message>
    <message>
        <source>The value is too long (%1 characters; at most %2).</source>
        <translation>El valor es demasiado largo (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>The row has neither the person&apos;s name nor a register number, so it cannot become a case.</source>
        <translation>La fila no tiene ni el nombre de la persona ni un número de registro, así que no puede convertirse en un caso.</translation>
    </message>
    <message>
        <source>There is no quarantined row %1.</source>
        <translation>No existe la fila en cuarentena %1.</translation>
    </message>
    <message>
        <source>Quarantined row %1 was already dealt with (%2).</source>
        <translation>La fila en cuarentena %1 ya se resolvió (%2).</translation>
    </message>
    <message>
        <source>There is no open quarantined row %1.</source>
        <translation>No existe una fila en cuarentena %1 pendiente.</translation>
    </message>
</context>
<context>
    <name>ch::IntakeForm</name>
    <message>
        <source>edit “%1”</source>
        <translation>editar “%1”</translation>
    </message>
    <message>
        <source>✖ Error: %1</source>
        <translation>✖ Error: %1</translation>
    </message>
    <message>
        <source>⚠ Check: %1</source>
        <translation>⚠ Revisar: %1</translation>
    </message>
    <message>
        <source>:</source>
        <translation>:</translation>
    </message>
    <message>
        <source>Ctrl+PgDown / Ctrl+PgUp: next / previous section · Ctrl+S: save</source>
        <translation>Ctrl+AvPág / Ctrl+RePág: sección siguiente / anterior · Ctrl+S: guardar</translation>
    </message>
    <message>
        <source>&amp;Save case</source>
        <translation>&amp;Guardar caso</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>Guardar el caso (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Case %1 (editing)</source>
        <translation>Caso %1 (en edición)</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Caso nuevo</translation>
    </message>
    <message>
        <source>%1  ✖ %2</source>
        <translation>%1  ✖ %2</translation>
    </message>
    <message numerus="yes">
        <source>✖ %n answer(s) must be fixed before the case can be saved.</source>
        <translation>
            <numerusform>✖ Hay que corregir %n respuesta antes de poder guardar el caso.</numerusform>
            <numerusform>✖ Hay que corregir %n respuestas antes de poder guardar el caso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n answer(s) to check.</source>
        <translation>
            <numerusform>⚠ %n respuesta para revisar.</numerusform>
            <numerusform>⚠ %n respuestas para revisar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n answer(s) to check; the case can still be saved.</source>
        <translation>
            <numerusform>⚠ %n respuesta para revisar; el caso se puede guardar de todos modos.</numerusform>
            <numerusform>⚠ %n respuestas para revisar; el caso se puede guardar de todos modos.</numerusform>
        </translation>
    </message>
    <message>
        <source>restore draft</source>
        <translation>restaurar borrador</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Posible duplicado</translation>
    </message>
    <message>
        <source>This request may already be in the database:
%1

Save it as a new request anyway?</source>
        <translation>Puede que esta solicitud ya esté en la base de datos:
%1

¿Guardarla de todos modos como una solicitud nueva?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Review the matches</source>
        <translation>Revisar las coincidencias</translation>
    </message>
    <message>
        <source>Case not saved</source>
        <translation>Caso no guardado</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Cambios no guardados</translation>
    </message>
    <message>
        <source>Case changed by someone else</source>
        <translation>Otra persona modificó el caso</translation>
    </message>
    <message>
        <source>Reload the case to see the other changes (your changes here are discarded), or keep your changes as a draft to compare and enter them again.</source>
        <translation>Vuelva a cargar el caso para ver los otros cambios (se descartarán sus cambios aquí) o conserve sus cambios como borrador para compararlos e ingresarlos de nuevo.</translation>
    </message>
    <message>
        <source>Reload the case</source>
        <translation>Volver a cargar el caso</translation>
    </message>
    <message>
        <source>Keep my changes as a draft</source>
        <translation>Conservar mis cambios como borrador</translation>
    </message>
    <message>
        <source>Case not reloaded</source>
        <translation>Caso no recargado</translation>
    </message>
    <message>
        <source>Draft kept</source>
        <translation>Borrador conservado</translation>
    </message>
    <message>
        <source>Your changes are kept as a draft. They are offered again when the program starts.</source>
        <translation>Sus cambios se conservaron como borrador. Se le ofrecerán de nuevo cuando se inicie el programa.</translation>
    </message>
</context>
<context>
    <name>ch::JsonExporter</name>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>No se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. No file was written.</source>
        <translation>No se pudo escribir %1: %2. No se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>ch::JsonRowReader</name>
    <message>
        <source>The JSON file is %1 MiB; files over %2 MiB are not imported. Split it into smaller files and import them one by one.</source>
        <translation>El archivo JSON ocupa %1 MiB; los archivos de más de %2 MiB no se importan. Divídalo en archivos más pequeños e impórtelos uno por uno.</translation>
    </message>
    <message>
        <source>The JSON file is larger than %1 MiB and was not imported. Split it into smaller files and import them one by one.</source>
        <translation>El archivo JSON ocupa más de %1 MiB y no se importó. Divídalo en archivos más pequeños e impórtelos uno por uno.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>The JSON file is not valid UTF-8 text (at byte %1). Save it again as UTF-8 and import it again.</source>
        <translation>El archivo JSON no es texto UTF-8 válido (en el byte %1). Vuelva a guardarlo como UTF-8 y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at byte %2).</source>
        <translation>El archivo no es JSON válido (%1 en el byte %2).</translation>
    </message>
    <message>
        <source>The JSON file does not hold a list of submissions: it must be an array of objects.</source>
        <translation>El archivo JSON no contiene una lista de envíos: debe ser un arreglo de objetos.</translation>
    </message>
    <message>
        <source>Item %1 of the JSON array is not an object with answers.</source>
        <translation>El elemento %1 del arreglo JSON no es un objeto con respuestas.</translation>
    </message>
    <message>
        <source>Item %1 of the JSON array: “%2” holds a list or an object where one value was expected.</source>
        <translation>Elemento %1 del arreglo JSON: “%2” contiene una lista o un objeto donde se esperaba un solo valor.</translation>
    </message>
</context>
<context>
    <name>ch::KeyDate</name>
    <message>
        <source>No request to the warden is on file: the person should first ask the warden to bring a motion; %1 days after the warden receives it, the person may file in court.</source>
        <translation>No consta ninguna solicitud al director del centro penitenciario: primero la persona debe pedirle al director que presente una moción en su nombre; %1 días después de que el director reciba la solicitud, la persona puede acudir al tribunal.</translation>
    </message>
    <message>
        <source>The warden received the request on %1, so the person may file in court from %2 without waiting any longer for the BOP&apos;s answer</source>
        <translation>El director del centro penitenciario recibió la solicitud el %1, así que la persona puede acudir al tribunal a partir del %2 sin seguir esperando la respuesta del BOP</translation>
    </message>
    <message>
        <source>; this is after the projected release date of %1</source>
        <translation>; esa fecha es posterior a la fecha prevista de liberación (%1)</translation>
    </message>
    <message>
        <source>has served %1 % of %2 months on %3</source>
        <translation>cumplió el %1 % de una pena de %2 meses el %3</translation>
    </message>
    <message>
        <source>will have served %1 % of %2 months on %3</source>
        <translation>habrá cumplido el %1 % de una pena de %2 meses el %3</translation>
    </message>
    <message>
        <source>has served %1 years on %2</source>
        <translation>cumplió %1 años de pena el %2</translation>
    </message>
    <message>
        <source>will have served %1 years on %2</source>
        <translation>habrá cumplido %1 años de pena el %2</translation>
    </message>
    <message>
        <source> (life sentence: a share of the term does not exist, so only the years count)</source>
        <translation> (cadena perpetua: no existe una proporción de la pena, así que solo cuentan los años)</translation>
    </message>
    <message>
        <source>, the greater of %1 years and %2 % of %3 months</source>
        <translation>, lo que sea mayor entre %1 años y el %2 % de %3 meses</translation>
    </message>
    <message>
        <source>, the lesser of %1 years and %2 % of %3 months</source>
        <translation>, lo que sea menor entre %1 años y el %2 % de %3 meses</translation>
    </message>
    <message>
        <source>Turned %1 on %2</source>
        <translation>Cumplió %1 años el %2</translation>
    </message>
    <message>
        <source>Turns %1 on %2</source>
        <translation>Cumple %1 años el %2</translation>
    </message>
    <message>
        <source>; the later date applies</source>
        <translation>; se aplica la fecha posterior</translation>
    </message>
    <message>
        <source>Does not apply to a life sentence: %1 % of a life term does not exist.</source>
        <translation>No se aplica a una cadena perpetua: no existe el %1 % de una pena perpetua.</translation>
    </message>
    <message>
        <source>Does not apply: it is computed only when “%1” is “%2”.</source>
        <translation>No se aplica: solo se calcula cuando “%1” es “%2”.</translation>
    </message>
    <message>
        <source>Not a date rule: it needs a physician&apos;s estimate of a life expectancy of %1 months or less.</source>
        <translation>No es una regla de fechas: requiere que un médico estime una expectativa de vida de %1 meses o menos.</translation>
    </message>
    <message>
        <source>Cannot be computed until these answers are known: %1.</source>
        <translation>No se puede calcular hasta que se conozcan estas respuestas: %1.</translation>
    </message>
</context>
<context>
    <name>ch::MainWindow</name>
    <message>
        <source>Clearinghouse — %1</source>
        <translation>Clearinghouse — %1</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Nuevo caso</translation>
    </message>
    <message>
        <source>Type in a questionnaire</source>
        <translation>Transcribir un cuestionario</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find case</source>
        <translation>&amp;Buscar caso</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Change &amp;status…</source>
        <translation>Cambiar e&amp;stado…</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Agregar &amp;nota</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>&amp;About Clearinghouse</source>
        <translation>&amp;Acerca de Clearinghouse</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Case not opened</source>
        <translation>Caso no abierto</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Case %1 saved.</source>
        <translation>Caso %1 guardado.</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them before closing?</source>
        <translation>“%1” tiene cambios sin guardar. ¿Desea guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
    </message>
    <message>
        <source>Restore unsaved work?</source>
        <translation>¿Restaurar el trabajo sin guardar?</translation>
    </message>
    <message numerus="yes">
        <source>%n intake form(s) from an earlier session were not saved. Restore them?</source>
        <translation>
            <numerusform>%n formulario de admisión de una sesión anterior no se guardó. ¿Desea restaurarlo?</numerusform>
            <numerusform>%n formularios de admisión de una sesión anterior no se guardaron. ¿Desea restaurarlos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Ask me next time</source>
        <translation>Preguntarme la próxima vez</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>Clearinghouse databases (*.db);;All files (*)</source>
        <translation>Bases de datos de Clearinghouse (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>About Clearinghouse</source>
        <translation>Acerca de Clearinghouse</translation>
    </message>
    <message>
        <source>Clearinghouse %1

Case management for requests for compassionate release (18 U.S.C. §3582(c)(1)(A)).</source>
        <translation>Clearinghouse %1

Gestión de casos de solicitudes de liberación compasiva (18 U.S.C. §3582(c)(1)(A)).</translation>
    </message>
</context>
<context>
    <name>ch::Migrations</name>
    <message>
        <source>The database could not be upgraded to version %1 (%2). It was left unchanged at version %3.</source>
        <translation>No se pudo actualizar la base de datos a la versión %1 (%2). Se dejó sin cambios en la versión %3.</translation>
    </message>
</context>
<context>
    <name>ch::ReasonCatalog</name>
    <message>
        <source>Terminal illness</source>
        <translation>Enfermedad terminal</translation>
    </message>
    <message>
        <source>Cannot care for self in prison</source>
        <translation>Sin capacidad de autocuidado en prisión</translation>
    </message>
    <message>
        <source>Specialized care not provided</source>
        <translation>No recibe la atención especializada que necesita</translation>
    </message>
    <message>
        <source>Outbreak or public-health emergency</source>
        <translation>Brote o emergencia de salud pública</translation>
    </message>
    <message>
        <source>Age (65 or older)</source>
        <translation>Edad (65 años o más)</translation>
    </message>
    <message>
        <source>Caregiver of a child died or incapacitated</source>
        <translation>Muerte o incapacidad de quien cuida a un hijo</translation>
    </message>
    <message>
        <source>Spouse or partner incapacitated</source>
        <translation>Incapacidad del cónyuge o pareja</translation>
    </message>
    <message>
        <source>Parent incapacitated</source>
        <translation>Incapacidad del padre o la madre</translation>
    </message>
    <message>
        <source>Other family member needs care</source>
        <translation>Otro familiar necesita cuidados</translation>
    </message>
    <message>
        <source>Abuse by prison staff</source>
        <translation>Abuso por parte del personal penitenciario</translation>
    </message>
    <message>
        <source>Other circumstances of similar gravity</source>
        <translation>Otras circunstancias de gravedad similar</translation>
    </message>
    <message>
        <source>Unusually long sentence</source>
        <translation>Pena inusualmente larga</translation>
    </message>
    <message>
        <source>Rehabilitation (only in combination)</source>
        <translation>Rehabilitación (solo en combinación)</translation>
    </message>
    <message>
        <source>A serious and advanced illness with an end-of-life trajectory; no prognosis is required.</source>
        <translation>Una enfermedad grave y avanzada con una trayectoria hacia el final de la vida; no se requiere un pronóstico.</translation>
    </message>
    <message>
        <source>A condition, impairment or aging that substantially diminishes the ability to provide self-care in prison, from which the person is not expected to recover.</source>
        <translation>Una afección, discapacidad o deterioro por la edad que reduce sustancialmente la capacidad de autocuidado en prisión, y de la que no se espera que la persona se recupere.</translation>
    </message>
    <message>
        <source>Needs long-term or specialized medical care that is not being provided, with a risk of serious deterioration or death.</source>
        <translation>Necesita atención médica a largo plazo o especializada que no se le está brindando, con riesgo de deterioro grave o de muerte.</translation>
    </message>
    <message>
        <source>The facility is affected by an outbreak or public-health emergency, the person is at increased risk, and the risk cannot be mitigated in time.</source>
        <translation>El centro penitenciario está afectado por un brote o una emergencia de salud pública, la persona corre un riesgo mayor y el riesgo no puede mitigarse a tiempo.</translation>
    </message>
    <message>
        <source>At least 65, serious deterioration because of aging, and has served at least 10 years or 75% of the term, whichever is less.</source>
        <translation>Tiene al menos 65 años, sufre un deterioro grave por la edad y ha cumplido al menos 10 años o el 75 % de la pena, lo que sea menor.</translation>
    </message>
    <message>
        <source>The caregiver of a minor child (or an adult child unable to care for themselves) has died or is incapacitated.</source>
        <translation>La persona que cuidaba a un hijo menor de edad (o a un hijo adulto que no puede cuidar de sí mismo) falleció o está incapacitada.</translation>
    </message>
    <message>
        <source>The spouse or registered partner is incapacitated and the person would be the only available caregiver.</source>
        <translation>El cónyuge o la pareja registrada sufre una incapacidad, y la persona sería la única disponible para cuidarlo.</translation>
    </message>
    <message>
        <source>A parent is incapacitated and the person would be the only available caregiver.</source>
        <translation>El padre o la madre sufre una incapacidad, y la persona sería la única disponible para cuidarlo.</translation>
    </message>
    <message>
        <source>A similar situation for another immediate family member or a person in a similar relationship.</source>
        <translation>Una situación similar con otro familiar directo o con una persona con una relación similar.</translation>
    </message>
    <message>
        <source>Sexual abuse, or physical abuse causing serious bodily injury, by BOP staff or a contractor while in custody, established by a conviction or a civil or administrative finding.</source>
        <translation>Abuso sexual, o abuso físico que causó lesiones corporales graves, por parte del personal del BOP o de un contratista durante la custodia, demostrado por una condena o por una resolución civil o administrativa.</translation>
    </message>
    <message>
        <source>Other circumstances similar in gravity to those above.</source>
        <translation>Otras circunstancias de gravedad similar a las anteriores.</translation>
    </message>
    <message>
        <source>An unusually long sentence, at least 10 years served, and a change in the law that produces a gross disparity. Contested in some circuits.</source>
        <translation>Una pena inusualmente larga, al menos 10 años cumplidos y un cambio en la ley que produce una disparidad grave. Es objeto de controversia en algunos circuitos.</translation>
    </message>
    <message>
        <source>Rehabilitation is not a reason on its own but may be considered together with other reasons.</source>
        <translation>La rehabilitación no es un motivo por sí sola, pero puede considerarse junto con otros motivos.</translation>
    </message>
    <message>
        <source>Medical circumstances</source>
        <translation>Circunstancias médicas</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Family circumstances</source>
        <translation>Circunstancias familiares</translation>
    </message>
    <message>
        <source>Victim of abuse</source>
        <translation>Víctima de abuso</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Otros motivos</translation>
    </message>
    <message>
        <source>Considered in combination</source>
        <translation>En combinación con otros motivos</translation>
    </message>
</context>
<context>
    <name>ch::ReasonRepository</name>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Posible</translation>
    </message>
    <message>
        <source>Unlikely</source>
        <translation>Improbable</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Medical records</source>
        <translation>Historial médico</translation>
    </message>
    <message>
        <source>BOP medical records</source>
        <translation>Historial médico del BOP</translation>
    </message>
    <message>
        <source>BOP records</source>
        <translation>Registros del BOP</translation>
    </message>
    <message>
        <source>Physician&apos;s letter</source>
        <translation>Carta del médico</translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>Acta de defunción</translation>
    </message>
    <message>
        <source>Evidence of incapacity</source>
        <translation>Prueba de incapacidad</translation>
    </message>
    <message>
        <source>Birth certificate</source>
        <translation>Acta de nacimiento</translation>
    </message>
    <message>
        <source>Conviction or finding of abuse</source>
        <translation>Condena o resolución por abuso</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>Sentencia</translation>
    </message>
    <message>
        <source>Presentence report</source>
        <translation>Informe previo a la sentencia</translation>
    </message>
    <message>
        <source>Request to the warden</source>
        <translation>Solicitud al director del centro penitenciario</translation>
    </message>
    <message>
        <source>Warden&apos;s response</source>
        <translation>Respuesta del director del centro penitenciario</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>Otro documento</translation>
    </message>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
    <message>
        <source>“%1” is not a known reason.</source>
        <translation>“%1” no es un motivo conocido.</translation>
    </message>
    <message>
        <source>“%1” is not an assessment.</source>
        <translation>“%1” no es una valoración.</translation>
    </message>
    <message>
        <source>The narrative is too long (at most 20,000 characters).</source>
        <translation>La narración es demasiado larga (como máximo 20 000 caracteres).</translation>
    </message>
    <message>
        <source>“%1” is not a kind of evidence.</source>
        <translation>“%1” no es un tipo de prueba.</translation>
    </message>
    <message>
        <source>The evidence cannot be received before it was requested.</source>
        <translation>La prueba no puede recibirse antes de haberse solicitado.</translation>
    </message>
    <message>
        <source>The description or file reference is too long.</source>
        <translation>La descripción o la referencia del archivo es demasiado larga.</translation>
    </message>
    <message>
        <source>That evidence item no longer exists.</source>
        <translation>Esa prueba ya no existe.</translation>
    </message>
</context>
<context>
    <name>ch::RuleSet</name>
    <message>
        <source>“%1” is missing</source>
        <translation>Falta “%1”</translation>
    </message>
    <message>
        <source>“%1” must be a non-empty text</source>
        <translation>“%1” debe ser un texto no vacío</translation>
    </message>
    <message>
        <source>“%1” must be a date in the form YYYY-MM-DD, not “%2”</source>
        <translation>“%1” debe ser una fecha con el formato AAAA-MM-DD, no “%2”</translation>
    </message>
    <message>
        <source>“%1” must be a whole number from %2 to %3</source>
        <translation>“%1” debe ser un número entero de %2 a %3</translation>
    </message>
    <message>
        <source>“%1” must be a list of texts</source>
        <translation>“%1” debe ser una lista de textos</translation>
    </message>
    <message>
        <source>“%1” must be an object</source>
        <translation>“%1” debe ser un objeto</translation>
    </message>
    <message>
        <source>“%1” needs at least one of age_years, served_years, served_percent</source>
        <translation>“%1” necesita al menos uno de age_years, served_years, served_percent</translation>
    </message>
    <message>
        <source>“%1combine” must be “lesser” or “greater” when both served_years and served_percent are given</source>
        <translation>“%1combine” debe ser “lesser” o “greater” cuando se indican served_years y served_percent</translation>
    </message>
    <message>
        <source>“%1only_when.field” names “%2”, which is not a questionnaire field</source>
        <translation>“%1only_when.field” nombra “%2”, que no es un campo del cuestionario</translation>
    </message>
    <message>
        <source>“%1field” names “%2”, which is not a questionnaire field</source>
        <translation>“%1field” nombra “%2”, que no es un campo del cuestionario</translation>
    </message>
    <message>
        <source>“%1pass” must list at least one answer that passes the gate</source>
        <translation>“%1pass” debe incluir al menos una respuesta que supere el filtro</translation>
    </message>
    <message>
        <source>“%1” must be an object with “code” and “referral”</source>
        <translation>“%1” debe ser un objeto con “code” y “referral”</translation>
    </message>
    <message>
        <source>“%1otherwise” must be “missing” or an object with “code” and “referral”</source>
        <translation>“%1otherwise” debe ser “missing” o un objeto con “code” y “referral”</translation>
    </message>
    <message>
        <source>“%1criteria” must be a list</source>
        <translation>“%1criteria” debe ser una lista</translation>
    </message>
    <message>
        <source>“%1reason” names “%2”, which is not a reason code</source>
        <translation>“%1reason” nombra “%2”, que no es un código de motivo</translation>
    </message>
    <message>
        <source>“%1circuit” is “%2”, which is not a federal circuit (1 to 11 or DC)</source>
        <translation>“%1circuit” es “%2”, que no es un circuito federal (del 1 al 11 o DC)</translation>
    </message>
    <message>
        <source>“%1status” must be “rejected” or “contested”</source>
        <translation>“%1status” debe ser “rejected” o “contested”</translation>
    </message>
    <message>
        <source>“%1” must be an object with “en” and “es” texts</source>
        <translation>“%1” debe ser un objeto con textos “en” y “es”</translation>
    </message>
    <message>
        <source>the gate on “%1” refers to the referral “%2”, which “referrals” does not define</source>
        <translation>el filtro sobre “%1” se refiere a la derivación “%2”, que “referrals” no define</translation>
    </message>
    <message>
        <source>it uses format version %1, but this program reads version %2; update the program</source>
        <translation>usa la versión de formato %1, pero este programa lee la versión %2; actualice el programa</translation>
    </message>
    <message>
        <source>“calendar.missing_day” must be “next_month_first” or “month_end”</source>
        <translation>“calendar.missing_day” debe ser “next_month_first” o “month_end”</translation>
    </message>
    <message>
        <source>“gates” must be a non-empty list</source>
        <translation>“gates” debe ser una lista no vacía</translation>
    </message>
    <message>
        <source>“contested_reasons” must be a list</source>
        <translation>“contested_reasons” debe ser una lista</translation>
    </message>
    <message>
        <source>The rule file %1 cannot be opened: %2. Check that it exists and can be read.</source>
        <translation>No se puede abrir el archivo de reglas %1: %2. Compruebe que existe y que se puede leer.</translation>
    </message>
    <message>
        <source>The rule file %1 is not valid JSON (%2 at character %3). Fix the file or restore it from the release.</source>
        <translation>El archivo de reglas %1 no es JSON válido (%2 en el carácter %3). Corrija el archivo o restáurelo desde la versión publicada.</translation>
    </message>
    <message>
        <source>The rule file %1 is not a rule file: it must hold one JSON object.</source>
        <translation>El archivo de reglas %1 no es un archivo de reglas: debe contener un único objeto JSON.</translation>
    </message>
    <message>
        <source>The rule file %1 cannot be used: %2.</source>
        <translation>No se puede usar el archivo de reglas %1: %2.</translation>
    </message>
</context>
<context>
    <name>ch::RuleSetRegistry</name>
    <message>
        <source>The rule files %1 and %2 both take effect on %3; only one rule set can apply on a date. Remove or re-date one of them.</source>
        <translation>Los archivos de reglas %1 y %2 entran en vigor el %3; solo puede aplicarse un conjunto de reglas en una fecha. Elimine uno de ellos o cámbiele la fecha.</translation>
    </message>
    <message>
        <source>No screening rule file was found. Reinstall the program.</source>
        <translation>No se encontró ningún archivo de reglas de evaluación inicial. Vuelva a instalar el programa.</translation>
    </message>
    <message>
        <source>The as-of date is not a valid date.</source>
        <translation>La fecha de referencia no es una fecha válida.</translation>
    </message>
    <message>
        <source>No screening rules were in effect on %1: the earliest rule set takes effect on %2. Choose a later as-of date.</source>
        <translation>No había reglas de evaluación inicial vigentes el %1: el conjunto de reglas más antiguo entra en vigor el %2. Elija una fecha de referencia posterior.</translation>
    </message>
</context>
<context>
    <name>ch::ScreeningEngine</name>
    <message>
        <source>The answer “%1” for %2 is not a date in the form YYYY-MM-DD; it was treated as missing.</source>
        <translation>La respuesta “%1” para %2 no es una fecha con el formato AAAA-MM-DD; se trató como si faltara.</translation>
    </message>
    <message>
        <source>The sentence length “%1” is neither a number of months nor “life”; it was treated as missing.</source>
        <translation>La duración de la pena “%1” no es un número de meses ni “life”; se trató como si faltara.</translation>
    </message>
    <message>
        <source>“%1” is not a known reason code; it was ignored.</source>
        <translation>“%1” no es un código de motivo conocido; se ignoró.</translation>
    </message>
    <message>
        <source>The only reason claimed is rehabilitation, which never counts on its own; ask about other reasons.</source>
        <translation>El único motivo alegado es la rehabilitación, que nunca cuenta por sí sola; pregunte por otros motivos.</translation>
    </message>
</context>
<context>
    <name>ch::Sql</name>
    <message>
        <source>The database is busy with another program or user. Wait a moment and try again.</source>
        <translation>La base de datos está ocupada por otro programa u otro usuario. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database is read-only. Changes cannot be saved; open a copy you can write to.</source>
        <translation>La base de datos es de solo lectura. No se pueden guardar los cambios; abra una copia en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was saved; free some space and try again.</source>
        <translation>El disco está lleno. No se guardó nada; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (input/output error).</source>
        <translation>No se pudo leer ni escribir el archivo de base de datos (error de entrada/salida).</translation>
    </message>
    <message>
        <source>The database file is damaged. Restore it from a backup.</source>
        <translation>El archivo de base de datos está dañado. Restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>The file is not a Clearinghouse database.</source>
        <translation>El archivo no es una base de datos de Clearinghouse.</translation>
    </message>
    <message>
        <source>The change conflicts with data already saved (a duplicate or a missing link).</source>
        <translation>El cambio entra en conflicto con datos ya guardados (un duplicado o un vínculo que falta).</translation>
    </message>
    <message>
        <source>The database reported an error. Nothing was changed.</source>
        <translation>La base de datos informó un error. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>ch::VolunteerRepository</name>
    <message>
        <source>A volunteer needs a name.</source>
        <translation>Un voluntario necesita un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of volunteer.</source>
        <translation>“%1” no es un tipo de voluntario.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>La capacidad no puede ser negativa.</translation>
    </message>
    <message>
        <source>There is no volunteer %1.</source>
        <translation>No existe el voluntario %1.</translation>
    </message>
</context>
</TS>

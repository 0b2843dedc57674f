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
    <name>ch::BackgroundRead</name>
    <message>
        <source>The database could not be read: %1</source>
        <translation>No se pudo leer la base de datos: %1</translation>
    </message>
</context>
<context>
    <name>ch::BackupCommands</name>
    <message>
        <source>clearinghouse-cli: cannot read the passphrase file %1: %2</source>
        <translation>clearinghouse-cli: no se puede leer el archivo de frase de contraseña %1: %2</translation>
    </message>
    <message>
        <source>clearinghouse-cli: the passphrase file %1 is empty.</source>
        <translation>clearinghouse-cli: el archivo de frase de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <source>Write a checked backup of the database, or list the backups.</source>
        <translation>Escribir una copia de seguridad verificada de la base de datos, o listar las copias de seguridad.</translation>
    </message>
    <message>
        <source>The backup folder (default: “backups” beside the database).</source>
        <translation>La carpeta de copias de seguridad (predeterminada: “backups” junto a la base de datos).</translation>
    </message>
    <message>
        <source>How many backups to keep (default 20).</source>
        <translation>Cuántas copias de seguridad conservar (predeterminado: 20).</translation>
    </message>
    <message>
        <source>Encrypt the backup with a passphrase.</source>
        <translation>Cifrar la copia de seguridad con una frase de contraseña.</translation>
    </message>
    <message>
        <source>Read the passphrase from the first line of FILE (else from CLEARINGHOUSE_BACKUP_PASSPHRASE).</source>
        <translation>Leer la frase de contraseña de la primera línea de FILE (si no, de CLEARINGHOUSE_BACKUP_PASSPHRASE).</translation>
    </message>
    <message>
        <source>List the backups, newest first, instead of writing one.</source>
        <translation>Listar las copias de seguridad, de la más reciente a la más antigua, en lugar de escribir una.</translation>
    </message>
    <message>
        <source>clearinghouse-cli backup: --keep takes a whole number of 1 or more.</source>
        <translation>clearinghouse-cli backup: --keep requiere un número entero de 1 o más.</translation>
    </message>
    <message>
        <source>clearinghouse-cli backup: %1</source>
        <translation>clearinghouse-cli backup: %1</translation>
    </message>
    <message>
        <source>clearinghouse-cli backup: --encrypt needs a passphrase: give --passphrase-file FILE or set CLEARINGHOUSE_BACKUP_PASSPHRASE.</source>
        <translation>clearinghouse-cli backup: --encrypt necesita una frase de contraseña: indique --passphrase-file FILE o defina CLEARINGHOUSE_BACKUP_PASSPHRASE.</translation>
    </message>
    <message>
        <source>clearinghouse-cli backup: there is no database at %1.</source>
        <translation>clearinghouse-cli backup: no hay ninguna base de datos en %1.</translation>
    </message>
    <message>
        <source>clearinghouse-cli: %1</source>
        <translation>clearinghouse-cli: %1</translation>
    </message>
    <message>
        <source>Check a backup and put it in place of the database. The replaced database is kept beside it.</source>
        <translation>Verificar una copia de seguridad y ponerla en lugar de la base de datos. La base de datos reemplazada se conserva junto a ella.</translation>
    </message>
    <message>
        <source>Read the passphrase of an encrypted backup from the first line of FILE (else from CLEARINGHOUSE_BACKUP_PASSPHRASE).</source>
        <translation>Leer la frase de contraseña de una copia de seguridad cifrada de la primera línea de FILE (si no, de CLEARINGHOUSE_BACKUP_PASSPHRASE).</translation>
    </message>
    <message>
        <source>Only check the backup; change nothing.</source>
        <translation>Solo verificar la copia de seguridad; no cambiar nada.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>El archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>clearinghouse-cli restore: name one backup file.</source>
        <translation>clearinghouse-cli restore: indique un solo archivo de copia de seguridad.</translation>
    </message>
    <message>
        <source>clearinghouse-cli restore: %1</source>
        <translation>clearinghouse-cli restore: %1</translation>
    </message>
</context>
<context>
    <name>ch::BackupController</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Write a checked copy of the database to the backup folder</source>
        <translation>Escribir una copia verificada de la base de datos en la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <source>Replace the database with a checked backup; the current one is kept beside it</source>
        <translation>Reemplazar la base de datos con una copia de seguridad verificada; la actual se conserva junto a ella</translation>
    </message>
    <message>
        <source>Backup failed: %1</source>
        <translation>Falló la copia de seguridad: %1</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Falló la copia de seguridad</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Copia de seguridad escrita: %1</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aún no hay copias de seguridad</translation>
    </message>
    <message>
        <source>Last backup: just now</source>
        <translation>Última copia de seguridad: hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n minute(s) ago</source>
        <translation>
            <numerusform>Última copia de seguridad: hace %n minuto</numerusform>
            <numerusform>Última copia de seguridad: hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n hour(s) ago</source>
        <translation>
            <numerusform>Última copia de seguridad: hace %n hora</numerusform>
            <numerusform>Última copia de seguridad: hace %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup: %n day(s) ago</source>
        <translation>
            <numerusform>Última copia de seguridad: hace %n día</numerusform>
            <numerusform>Última copia de seguridad: hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>No se puede restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <source>The backup %1 passed its checks.

Restoring replaces the database you have open; every change made since the backup is no longer shown. The current database is kept beside it, so nothing is deleted.</source>
        <translation>La copia de seguridad %1 pasó sus verificaciones.

Al restaurarla se reemplaza la base de datos que tiene abierta; los cambios hechos después de la copia de seguridad dejarán de mostrarse. La base de datos actual se conserva junto a ella, así que no se borra nada.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>The backup on closing (%1) failed; back up now</source>
        <translation>La copia de seguridad al cerrar (%1) falló; haga una copia ahora</translation>
    </message>
    <message>
        <source>A shared database is backed up on the server (pg_dump); ask its administrator.</source>
        <translation>Las copias de seguridad de una base de datos compartida se hacen en el servidor (pg_dump); consulte a su administrador.</translation>
    </message>
    <message>
        <source>Backed up on the server</source>
        <translation>Copia de seguridad en el servidor</translation>
    </message>
    <message>
        <source>Backups: on the server</source>
        <translation>Copias de seguridad: en el servidor</translation>
    </message>
    <message>
        <source>Restored on the server</source>
        <translation>Se restaura en el servidor</translation>
    </message>
</context>
<context>
    <name>ch::BackupCrypto</name>
    <message>
        <source>The backup file %1 could not be written completely. Check that the disk has space.</source>
        <translation>No se pudo escribir por completo el archivo de copia de seguridad %1. Compruebe que haya espacio en el disco.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>No se pudo crear %1.</translation>
    </message>
    <message>
        <source>The backup file %1 could not be written. Check that the disk has space.</source>
        <translation>No se pudo escribir el archivo de copia de seguridad %1. Compruebe que haya espacio en el disco.</translation>
    </message>
    <message>
        <source>The encryption library could not start.</source>
        <translation>No se pudo iniciar la biblioteca de cifrado.</translation>
    </message>
    <message>
        <source>Enter a passphrase to encrypt the backup.</source>
        <translation>Ingrese una frase de contraseña para cifrar la copia de seguridad.</translation>
    </message>
    <message>
        <source>There was not enough memory to derive the encryption key.</source>
        <translation>No había memoria suficiente para derivar la clave de cifrado.</translation>
    </message>
    <message>
        <source>%1 is not an encrypted Clearinghouse backup.</source>
        <translation>%1 no es una copia de seguridad cifrada de Clearinghouse.</translation>
    </message>
    <message>
        <source>The passphrase is wrong, or %1 is damaged.</source>
        <translation>La frase de contraseña es incorrecta, o %1 está dañado.</translation>
    </message>
    <message>
        <source>The backup %1 is damaged: it was changed or cut short after it was written.</source>
        <translation>La copia de seguridad %1 está dañada: se modificó o se truncó después de escribirse.</translation>
    </message>
    <message>
        <source>The backup %1 is incomplete: its end is missing.</source>
        <translation>La copia de seguridad %1 está incompleta: falta su final.</translation>
    </message>
</context>
<context>
    <name>ch::BackupService</name>
    <message>
        <source>The backup could not be written to %1: %2</source>
        <translation>No se pudo escribir la copia de seguridad en %1: %2</translation>
    </message>
    <message>
        <source>The backup could not be flushed to disk in %1. Check the disk and try again.</source>
        <translation>No se pudo volcar la copia de seguridad al disco en %1. Revise el disco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The checked backup could not be moved into place as %1.</source>
        <translation>No se pudo mover la copia de seguridad verificada a su lugar como %1.</translation>
    </message>
    <message>
        <source>%1 is not a usable Clearinghouse backup: %2</source>
        <translation>%1 no es una copia de seguridad de Clearinghouse utilizable: %2</translation>
    </message>
    <message>
        <source>The backup %1 failed its integrity check.</source>
        <translation>La copia de seguridad %1 no pasó la verificación de integridad.</translation>
    </message>
    <message>
        <source>There is no backup file %1.</source>
        <translation>No existe el archivo de copia de seguridad %1.</translation>
    </message>
    <message>
        <source>Could not make a temporary copy of %1 to check it.</source>
        <translation>No se pudo hacer una copia temporal de %1 para verificarla.</translation>
    </message>
    <message>
        <source>The backup %1 is encrypted. Enter its passphrase.</source>
        <translation>La copia de seguridad %1 está cifrada. Ingrese su frase de contraseña.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder to check the backup.</source>
        <translation>No se pudo crear una carpeta temporal para verificar la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup could not be copied next to %1. Check that the disk has space.</source>
        <translation>No se pudo copiar la copia de seguridad junto a %1. Compruebe que haya espacio en el disco.</translation>
    </message>
    <message>
        <source>The restored file could not be flushed to disk.</source>
        <translation>No se pudo volcar al disco el archivo restaurado.</translation>
    </message>
    <message>
        <source>The current database %1 could not be moved aside; nothing was restored. Close every program that uses it and try again.</source>
        <translation>No se pudo apartar la base de datos actual %1; no se restauró nada. Cierre todos los programas que la usan e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The backup was checked but could not be put in place. The previous database is at %1.</source>
        <translation>La copia de seguridad se verificó, pero no se pudo poner en su lugar. La base de datos anterior está en %1.</translation>
    </message>
</context>
<context>
    <name>ch::BatchMatchDialog</name>
    <message>
        <source>Batch matching</source>
        <translation>Asignación en lote</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Accept &amp;ticked</source>
        <translation>Aceptar &amp;marcados</translation>
    </message>
    <message>
        <source>Accept &amp;all</source>
        <translation>Aceptar &amp;todos</translation>
    </message>
    <message>
        <source>No plan could be made: %1</source>
        <translation>No se pudo elaborar un plan: %1</translation>
    </message>
    <message>
        <source>%1 (urgent)</source>
        <translation>%1 (urgente)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>No screened-in case is waiting for a volunteer.</source>
        <translation>No hay ningún caso admitido esperando un voluntario.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n waiting case(s) can be placed now; %2 ticked. %3 stay in the queue (no eligible volunteer with room).</source>
        <translation>
            <numerusform>%1 de %n caso en espera se pueden asignar ahora; %2 marcados. %3 siguen en la cola (sin voluntario elegible con cupo).</numerusform>
            <numerusform>%1 de %n casos en espera se pueden asignar ahora; %2 marcados. %3 siguen en la cola (sin voluntario elegible con cupo).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 proposed, room for %3)</source>
        <translation>%1 (%2 propuestos, cupo para %3)</translation>
    </message>
    <message>
        <source>Too many cases for a volunteer</source>
        <translation>Demasiados casos para un voluntario</translation>
    </message>
    <message>
        <source>Nothing was saved. These volunteers would get more cases than they have room for: %1. Choose someone else for some of their cases, or untick them.</source>
        <translation>No se guardó nada. Estos voluntarios recibirían más casos de los que admite su cupo: %1. Elija a otra persona para algunos de sus casos o desmárquelos.</translation>
    </message>
    <message>
        <source>Assignments not saved</source>
        <translation>Asignaciones no guardadas</translation>
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
    <message>
        <source>Screening</source>
        <translation>Evaluación inicial</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Reason assessed</source>
        <translation>Motivo evaluado</translation>
    </message>
    <message>
        <source>Evidence added</source>
        <translation>Prueba agregada</translation>
    </message>
    <message>
        <source>Evidence changed</source>
        <translation>Prueba modificada</translation>
    </message>
    <message>
        <source>Evidence removed</source>
        <translation>Prueba eliminada</translation>
    </message>
    <message>
        <source>Packet printed</source>
        <translation>Expediente impreso</translation>
    </message>
    <message>
        <source>Packet saved as PDF</source>
        <translation>Expediente guardado como PDF</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>Letter printed</source>
        <translation>Carta impresa</translation>
    </message>
    <message>
        <source>Letter saved as PDF</source>
        <translation>Carta guardada como PDF</translation>
    </message>
    <message>
        <source>Letter: %1, %2</source>
        <translation>Carta: %1, %2</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 para %2: %3</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>recibida el %1</translation>
    </message>
    <message>
        <source>narrative: %1</source>
        <translation>narración: %1</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Follow-up added</source>
        <translation>Seguimiento agregado</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Seguimiento completado</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (vence el %2)</translation>
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
    <message>
        <source>Medical or family reason (hidden)</source>
        <translation>Motivo médico o familiar (oculto)</translation>
    </message>
    <message>
        <source>The cases could not be counted: %1</source>
        <translation>No se pudieron contar los casos: %1</translation>
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
    <message>
        <source>Show &amp;medical and family reasons</source>
        <translation>Mostrar motivos &amp;médicos y familiares</translation>
    </message>
    <message>
        <source>Medical and family reasons are hidden in the list until you show them</source>
        <translation>Los motivos médicos y familiares están ocultos en la lista hasta que los muestre</translation>
    </message>
    <message>
        <source>Counting cases…</source>
        <translation>Contando los casos…</translation>
    </message>
</context>
<context>
    <name>ch::CasePacketPanel</name>
    <message>
        <source>Volunteer packet:</source>
        <translation>Expediente para el voluntario:</translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation>Perfil de ocultación</translation>
    </message>
    <message>
        <source>%1 profile</source>
        <translation>Perfil %1</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>See the packet page by page before printing</source>
        <translation>Ver el expediente página por página antes de imprimirlo</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print the packet</source>
        <translation>Imprimir el expediente</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the packet as a PDF only you can open</source>
        <translation>Guardar el expediente como un PDF que solo usted puede abrir</translation>
    </message>
    <message>
        <source>&amp;Letters to the family…</source>
        <translation>&amp;Cartas a la familia…</translation>
    </message>
    <message>
        <source>Referral, received, in review and matched letters in the family&apos;s language</source>
        <translation>Cartas de derivación, recepción, en revisión y asignación en el idioma de la familia</translation>
    </message>
    <message>
        <source>Packet for case %1</source>
        <translation>Expediente del caso %1</translation>
    </message>
    <message>
        <source>Printing not recorded</source>
        <translation>Impresión no registrada</translation>
    </message>
    <message>
        <source>Save packet as PDF</source>
        <translation>Guardar expediente como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Packet not saved</source>
        <translation>Expediente no guardado</translation>
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
        <source>The file to write.</source>
        <translation>El archivo que se va a escribir.</translation>
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
    <message>
        <source>Write a checked (optionally encrypted) backup, or list the backups.</source>
        <translation>Escribir una copia de seguridad verificada (opcionalmente cifrada), o listar las copias de seguridad.</translation>
    </message>
    <message>
        <source>Check a backup and restore it in place of the database.</source>
        <translation>Verificar una copia de seguridad y restaurarla en lugar de la base de datos.</translation>
    </message>
    <message>
        <source>Write a case&apos;s packet for its volunteer as a PDF.</source>
        <translation>Escribir como PDF el expediente de un caso para su voluntario.</translation>
    </message>
    <message>
        <source>Write a letter to a case&apos;s family as a PDF.</source>
        <translation>Escribir como PDF una carta a la familia de un caso.</translation>
    </message>
    <message>
        <source>Import the volunteer roster from a CSV file.</source>
        <translation>Importar la lista de voluntarios desde un archivo CSV.</translation>
    </message>
    <message>
        <source>Match one case, or every waiting case (--batch), to volunteers.</source>
        <translation>Asignar voluntarios a un caso, o a todos los casos en espera (--batch).</translation>
    </message>
    <message>
        <source>Cases per transaction (default 1000).</source>
        <translation>Casos por transacción (predeterminado: 1000).</translation>
    </message>
    <message>
        <source>Print a line {&quot;committed&quot;: N} after each committed batch.</source>
        <translation>Imprimir una línea {&quot;committed&quot;: N} después de cada lote confirmado.</translation>
    </message>
    <message>
        <source>clearinghouse-cli demo: --cases, --volunteers, --seed and --batch take whole numbers (--batch at least 1).</source>
        <translation>clearinghouse-cli demo: --cases, --volunteers, --seed y --batch requieren números enteros (--batch, al menos 1).</translation>
    </message>
    <message>
        <source>The file format: json (default) or csv (the questionnaire template&apos;s columns, safe to open in a spreadsheet).</source>
        <translation>El formato de archivo: json (predeterminado) o csv (las columnas de la plantilla del cuestionario, seguro de abrir en una hoja de cálculo).</translation>
    </message>
    <message>
        <source>clearinghouse-cli export: unknown format “%1”; the formats are: json, csv.</source>
        <translation>clearinghouse-cli export: formato desconocido “%1”; los formatos son: json, csv.</translation>
    </message>
    <message>
        <source>clearinghouse-cli %1: give exactly one case number.</source>
        <translation>clearinghouse-cli %1: indique exactamente un número de caso.</translation>
    </message>
    <message>
        <source>clearinghouse-cli %1: “%2” is not a case number.</source>
        <translation>clearinghouse-cli %1: “%2” no es un número de caso.</translation>
    </message>
    <message>
        <source>Write the packet of one case (cover sheet, summary, screening, reasons, documents, answers, contacts, history, notes pages) as a PDF only you can read. The case&apos;s audit history records it.</source>
        <translation>Escribir el expediente de un caso (portada, resumen, evaluación inicial, motivos, documentos, respuestas, contactos, historial y páginas para notas) como un PDF que solo usted puede leer. El historial de auditoría del caso lo registra.</translation>
    </message>
    <message>
        <source>The case.</source>
        <translation>El caso.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribirá.</translation>
    </message>
    <message>
        <source>What the packet may show: %1 (default volunteer).</source>
        <translation>Lo que puede mostrar el expediente: %1 (predeterminado: volunteer).</translation>
    </message>
    <message>
        <source>clearinghouse-cli packet: say where to write with --out FILE.pdf.</source>
        <translation>clearinghouse-cli packet: indique dónde escribir con --out ARCHIVO.pdf.</translation>
    </message>
    <message>
        <source>clearinghouse-cli packet: unknown profile “%1”; the profiles are: %2.</source>
        <translation>clearinghouse-cli packet: perfil desconocido “%1”; los perfiles son: %2.</translation>
    </message>
    <message>
        <source>clearinghouse-cli packet: %1</source>
        <translation>clearinghouse-cli packet: %1</translation>
    </message>
    <message>
        <source>Write a letter to the family of one case as a PDF only you can read, in the family&apos;s language (English or Spanish) unless --language says otherwise.</source>
        <translation>Escribir una carta a la familia de un caso como un PDF que solo usted puede leer, en el idioma de la familia (inglés o español) salvo que --language indique otro.</translation>
    </message>
    <message>
        <source>The letter: %1.</source>
        <translation>La carta: %1.</translation>
    </message>
    <message>
        <source>en or es (default: the family&apos;s language).</source>
        <translation>en o es (predeterminado: el idioma de la familia).</translation>
    </message>
    <message>
        <source>clearinghouse-cli letter: say which letter with --kind %1.</source>
        <translation>clearinghouse-cli letter: indique qué carta con --kind %1.</translation>
    </message>
    <message>
        <source>clearinghouse-cli letter: --language is en or es.</source>
        <translation>clearinghouse-cli letter: --language debe ser en o es.</translation>
    </message>
    <message>
        <source>clearinghouse-cli letter: say where to write with --out FILE.pdf.</source>
        <translation>clearinghouse-cli letter: indique dónde escribir con --out ARCHIVO.pdf.</translation>
    </message>
    <message>
        <source>clearinghouse-cli letter: %1</source>
        <translation>clearinghouse-cli letter: %1</translation>
    </message>
    <message>
        <source>Compute a report (funnel, stage times, ...) as JSON or CSV.</source>
        <translation>Calcular un informe (embudo, tiempo por etapa, ...) en JSON o CSV.</translation>
    </message>
    <message>
        <source>List, add or change the users of this database and their roles.</source>
        <translation>Listar, añadir o cambiar los usuarios de esta base de datos y sus funciones.</translation>
    </message>
    <message>
        <source>clearinghouse-cli %1: %2</source>
        <translation>clearinghouse-cli %1: %2</translation>
    </message>
    <message>
        <source>Screen as of this date (YYYY-MM-DD; default today; on or after 2023-11-01, when the first rule file took effect).</source>
        <translation>Evaluar a esta fecha (AAAA-MM-DD; por omisión hoy; el 2023-11-01 o después, cuando entró en vigor el primer archivo de reglas).</translation>
    </message>
    <message>
        <source>Copy a whole database file to an empty shared (PostgreSQL) database and verify it.</source>
        <translation>Copiar un archivo de base de datos completo a una base de datos compartida (PostgreSQL) vacía y verificar la copia.</translation>
    </message>
    <message>
        <source>Usage: clearinghouse-cli [--db PATH | --server URL] [--actor NAME] COMMAND [options]

Global options:
  --db PATH      the database file (default: %1)
  --server URL   a shared database instead: postgresql://user@host:port/database[?sslmode=…]
  --password-stdin  read the server&apos;s password from the first line of the input (else
                 PGPASSFILE or ~/.pgpass, else a prompt)
  --actor NAME   the name written to the audit log (default: your account name)
  --help         this text; COMMAND --help for a command&apos;s options
  --version      the program&apos;s version

Commands:
</source>
        <translation>Uso: clearinghouse-cli [--db RUTA | --server URL] [--actor NOMBRE] COMANDO [opciones]

Opciones generales:
  --db RUTA      el archivo de base de datos (predeterminado: %1)
  --server URL   en su lugar, una base de datos compartida: postgresql://user@host:port/database[?sslmode=…]
  --password-stdin  leer la contraseña del servidor de la primera línea de la entrada (si no,
                 PGPASSFILE o ~/.pgpass; si no, se le pide)
  --actor NOMBRE el nombre que se escribe en el registro de auditoría (predeterminado: su nombre de cuenta)
  --help         este texto; COMANDO --help muestra las opciones de un comando
  --version      la versión del programa

Comandos:
</translation>
    </message>
    <message>
        <source>clearinghouse-cli: give --db or --server, not both.</source>
        <translation>clearinghouse-cli: indique --db o --server, no ambos.</translation>
    </message>
    <message>
        <source>clearinghouse-cli %1: works on a database file; a shared database is backed up on the server (ask its administrator, e.g. pg_dump).</source>
        <translation>clearinghouse-cli %1: funciona con un archivo de base de datos; las copias de seguridad de una base de datos compartida se hacen en el servidor (consulte a su administrador; p. ej., pg_dump).</translation>
    </message>
    <message>
        <source>clearinghouse-cli: --actor “%1” is set aside: on a shared database you work as the server user “%2”.</source>
        <translation>clearinghouse-cli: se ignora --actor “%1”: en una base de datos compartida usted trabaja como el usuario del servidor “%2”.</translation>
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
    <name>ch::ColumnMappingEditor</name>
    <message>
        <source>Check which questionnaire field each column fills. Columns marked “Keep as an extra answer” are saved with the case under their own name.</source>
        <translation>Revise qué campo del cuestionario llena cada columna. Las columnas marcadas con “Conservar como respuesta adicional” se guardan con el caso bajo su propio nombre.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Fills the field</source>
        <translation>Llena el campo</translation>
    </message>
    <message>
        <source>Saved mappings:</source>
        <translation>Correspondencias guardadas:</translation>
    </message>
    <message>
        <source>Saved mappings</source>
        <translation>Correspondencias guardadas</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>&amp;Usar</translation>
    </message>
    <message>
        <source>Name for this mapping</source>
        <translation>Nombre de esta correspondencia</translation>
    </message>
    <message>
        <source>&amp;Save mapping</source>
        <translation>&amp;Guardar correspondencia</translation>
    </message>
    <message>
        <source>Field for the column %1</source>
        <translation>Campo para la columna %1</translation>
    </message>
    <message>
        <source>Keep as an extra answer</source>
        <translation>Conservar como respuesta adicional</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This column has the template&apos;s name.</source>
        <translation>Esta columna tiene el nombre de la plantilla.</translation>
    </message>
    <message>
        <source>Suggested from the column&apos;s name; check it.</source>
        <translation>Sugerido a partir del nombre de la columna; revíselo.</translation>
    </message>
    <message>
        <source>No column fills “%1” or “%2”, so the rows cannot become cases. Choose the column that holds the person&apos;s name or register number.</source>
        <translation>Ninguna columna llena “%1” ni “%2”, así que las filas no pueden convertirse en casos. Elija la columna que contiene el nombre de la persona o su número de registro.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) fill questionnaire fields; %1 kept as extra answers.</source>
        <translation>
            <numerusform>%n columna llena campos del cuestionario; %1 se conservan como respuestas adicionales.</numerusform>
            <numerusform>%n columnas llenan campos del cuestionario; %1 se conservan como respuestas adicionales.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns marked with a question mark were matched by their names: check them.</source>
        <translation>Las columnas marcadas con un signo de interrogación se asociaron por su nombre: revíselas.</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Aún no hay ninguna guardada</translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation>No se guardó la correspondencia: %1</translation>
    </message>
    <message>
        <source>Mapping saved as “%1”.</source>
        <translation>Correspondencia guardada como “%1”.</translation>
    </message>
</context>
<context>
    <name>ch::ConflictMergeDialog</name>
    <message>
        <source>Other answers (from the import)</source>
        <translation>Otras respuestas (de la importación)</translation>
    </message>
    <message>
        <source>Additional submitters</source>
        <translation>Otros remitentes</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>Case changed by someone else</source>
        <translation>Otra persona modificó el caso</translation>
    </message>
    <message>
        <source>Case %1 was saved by someone else while you were editing it. Nothing has been overwritten.</source>
        <translation>Otra persona guardó el caso %1 mientras usted lo editaba. No se ha sobrescrito nada.</translation>
    </message>
    <message>
        <source>Fields only you changed keep your value; fields only the other person changed keep theirs.</source>
        <translation>Los campos que solo usted cambió conservan su valor; los que solo cambió la otra persona conservan el de ella.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) were changed by both of you: choose which value to keep.</source>
        <translation>
            <numerusform>%n campo fue cambiado por ambos: elija qué valor conservar.</numerusform>
            <numerusform>%n campos fueron cambiados por ambos: elija qué valor conservar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No field was changed by both of you.</source>
        <translation>Ningún campo fue cambiado por ambos.</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Campos que difieren</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>When you opened it</source>
        <translation>Al abrirlo usted</translation>
    </message>
    <message>
        <source>Saved by the other person</source>
        <translation>Guardado por la otra persona</translation>
    </message>
    <message>
        <source>Your value</source>
        <translation>Su valor</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>%1 (changed by both)</source>
        <translation>%1 (cambiado por ambos)</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>El valor de la otra persona</translation>
    </message>
    <message>
        <source>Value to keep for %1</source>
        <translation>Valor que se conserva en %1</translation>
    </message>
    <message>
        <source>Same on both sides</source>
        <translation>Igual en ambos lados</translation>
    </message>
    <message>
        <source>&amp;Save merged case</source>
        <translation>&amp;Guardar el caso combinado</translation>
    </message>
    <message>
        <source>&amp;Discard my changes and reload</source>
        <translation>&amp;Descartar mis cambios y recargar</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>Seguir &amp;editando</translation>
    </message>
</context>
<context>
    <name>ch::CsvExporter</name>
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
    <message>
        <source>The file %1 is empty (0 bytes). It may be a database that was cut short. Nothing was written to it. Restore a backup, or choose another file; to start a new database, give a file name that does not exist yet.</source>
        <translation>El archivo %1 está vacío (0 bytes). Puede ser una base de datos que quedó truncada. No se escribió nada en él. Restaure una copia de seguridad o elija otro archivo; para empezar una base de datos nueva, indique un nombre de archivo que aún no exista.</translation>
    </message>
    <message>
        <source>The database %1 is read-only: the file or its folder cannot be written. Nothing was changed. Open it read-only to look at the cases, or copy it to a folder you can write to.</source>
        <translation>La base de datos %1 es de solo lectura: no se puede escribir en el archivo o en su carpeta. No se cambió nada. Ábrala en modo de solo lectura para consultar los casos, o cópiela a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>The new database %1 could not be put in place. Check that the folder is writable and try again.</source>
        <translation>No se pudo poner en su lugar la nueva base de datos %1. Compruebe que se pueda escribir en la carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database %1 has changes in its log file that cannot be read from a read-only folder. Copy the database and its “-wal” file to a folder you can write to, and open the copy.</source>
        <translation>La base de datos %1 tiene cambios en su archivo de registro que no se pueden leer desde una carpeta de solo lectura. Copie la base de datos y su archivo “-wal” a una carpeta en la que pueda escribir, y abra la copia.</translation>
    </message>
    <message>
        <source>The server refused the password of the user “%1” at %2. Check the password (or the password file named by PGPASSFILE, else ~/.pgpass) and try again.</source>
        <translation>El servidor %2 rechazó la contraseña del usuario “%1”. Revise la contraseña (o el archivo de contraseñas indicado por PGPASSFILE o, si no, ~/.pgpass) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The user “%1” may no longer log in to %2: it has been deactivated. Ask an administrator of the shared database to activate it again.</source>
        <translation>El usuario “%1” ya no puede iniciar sesión en %2: fue desactivado. Pida a un administrador de la base de datos compartida que lo vuelva a activar.</translation>
    </message>
    <message>
        <source>The server %1 has no user “%2”. Ask the administrator of the shared database to add you (File → Users…).</source>
        <translation>El servidor %1 no tiene ningún usuario “%2”. Pida al administrador de la base de datos compartida que lo agregue (Archivo → Usuarios…).</translation>
    </message>
    <message>
        <source>The server has no database “%1” (%2). Check its name, or ask the administrator to create it.</source>
        <translation>El servidor no tiene ninguna base de datos “%1” (%2). Revise el nombre o pida al administrador que la cree.</translation>
    </message>
    <message>
        <source>The server %1 and this computer could not agree on an encrypted connection (sslmode=%2). Ask the administrator which sslmode the server needs.</source>
        <translation>El servidor %1 y esta computadora no pudieron establecer una conexión cifrada (sslmode=%2). Pregunte al administrador qué sslmode necesita el servidor.</translation>
    </message>
    <message>
        <source>The server %1 does not let the user “%2” connect from this computer. Ask the administrator to allow it.</source>
        <translation>El servidor %1 no permite que el usuario “%2” se conecte desde esta computadora. Pida al administrador que lo permita.</translation>
    </message>
    <message>
        <source>The server %1 cannot be reached. Check the host name and port, that the server is running, and this computer&apos;s network connection, then try again.</source>
        <translation>No se puede acceder al servidor %1. Revise el nombre del servidor y el puerto, que el servidor esté en funcionamiento y la conexión de red de esta computadora, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The shared database %1 could not be opened.</source>
        <translation>No se pudo abrir la base de datos compartida %1.</translation>
    </message>
    <message>
        <source>This installation cannot reach a PostgreSQL server: Qt&apos;s PostgreSQL driver is missing. Install the package libqt6sql6-psql and try again.</source>
        <translation>Esta instalación no puede conectarse a un servidor PostgreSQL: falta el controlador PostgreSQL de Qt. Instale el paquete libqt6sql6-psql y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database %1 stores text as %2, which cannot hold every name and accent. Nothing was written to it. Ask the administrator to create it with ENCODING &apos;UTF8&apos;.</source>
        <translation>La base de datos %1 guarda el texto como %2, que no admite todos los nombres y acentos. No se escribió nada en ella. Pida al administrador que la cree con ENCODING &apos;UTF8&apos;.</translation>
    </message>
    <message>
        <source>The database %1 belongs to another program, not to Clearinghouse. Nothing was written to it. Give the name of an empty database, or of a Clearinghouse one.</source>
        <translation>La base de datos %1 pertenece a otro programa, no a Clearinghouse. No se escribió nada en ella. Indique el nombre de una base de datos vacía o de una de Clearinghouse.</translation>
    </message>
    <message>
        <source>The shared database %1 was upgraded by a newer version of Clearinghouse (schema version %2; this program knows up to %3). Nothing was written to it. Install the newer version of the program on this computer to work with it.</source>
        <translation>La base de datos compartida %1 fue actualizada por una versión más reciente de Clearinghouse (versión de esquema %2; este programa conoce hasta la %3). No se escribió nada en ella. Instale la versión más reciente del programa en esta computadora para trabajar con ella.</translation>
    </message>
    <message>
        <source>The shared database %1 needs an upgrade (schema version %2 to %3) that only its owner, the server user “%4”, may make. Nothing was changed. Ask them to open it once with this version of the program.</source>
        <translation>La base de datos compartida %1 necesita una actualización (de la versión de esquema %2 a la %3) que solo puede hacer su propietario, el usuario del servidor “%4”. No se cambió nada. Pídale que la abra una vez con esta versión del programa.</translation>
    </message>
    <message>
        <source>The server %1 asks for the password of the user “%2”, and none was given (the password file has no entry for it). Type the password, or add it to the password file named by PGPASSFILE (else ~/.pgpass).</source>
        <translation>El servidor %1 pide la contraseña del usuario “%2” y no se indicó ninguna (el archivo de contraseñas no tiene una entrada para él). Escriba la contraseña o agréguela al archivo de contraseñas indicado por PGPASSFILE (si no, ~/.pgpass).</translation>
    </message>
</context>
<context>
    <name>ch::DatabaseCopier</name>
    <message>
        <source>The shared database %1 is not empty: it already holds %2. Nothing was copied; migrate copies only into an empty database (ask the administrator for a new one).</source>
        <translation>La base de datos compartida %1 no está vacía: ya contiene %2. No se copió nada; migrate solo copia en una base de datos vacía (pida una nueva al administrador).</translation>
    </message>
    <message>
        <source>The file %1 has schema version %2 and this program writes version %3. Open it once with this version (for example clearinghouse-cli --db FILE screen) to bring it up to date, then migrate it.</source>
        <translation>El archivo %1 tiene la versión de esquema %2 y este programa escribe la versión %3. Ábralo una vez con esta versión (por ejemplo, clearinghouse-cli --db ARCHIVO screen) para actualizarlo y luego mígrelo.</translation>
    </message>
    <message>
        <source>This program does not know how to copy the tables %1. Nothing was copied; report this to the developers.</source>
        <translation>Este programa no sabe cómo copiar las tablas %1. No se copió nada; informe de esto a los desarrolladores.</translation>
    </message>
    <message>
        <source>The table %1 has different columns in the file (%2) and on the server (%3). Nothing was copied.</source>
        <translation>La tabla %1 tiene columnas distintas en el archivo (%2) y en el servidor (%3). No se copió nada.</translation>
    </message>
    <message numerus="yes">
        <source>  %1: %n row(s) so far</source>
        <translation>
            <numerusform>  %1: %n fila hasta ahora</numerusform>
            <numerusform>  %1: %n filas hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <source>Copying the table %1 failed: %2 Nothing was copied.</source>
        <translation>Falló la copia de la tabla %1: %2 No se copió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1: %n row(s) (%2 s)</source>
        <translation>
            <numerusform>Se copió %1: %n fila (%2 s)</numerusform>
            <numerusform>Se copió %1: %n filas (%2 s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rebuilding the search index…</source>
        <translation>Reconstruyendo el índice de búsqueda…</translation>
    </message>
    <message>
        <source>Verifying counts and checksums…</source>
        <translation>Verificando recuentos y sumas de verificación…</translation>
    </message>
</context>
<context>
    <name>ch::DatabaseOpener</name>
    <message>
        <source>Choose a database</source>
        <translation>Elija una base de datos</translation>
    </message>
    <message>
        <source>Clearinghouse databases (*.db);;All files (*)</source>
        <translation>Bases de datos de Clearinghouse (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot restore this backup</source>
        <translation>No se puede restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Se restauró la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup was restored. The database it replaced is kept as %1.</source>
        <translation>Se restauró la copia de seguridad. La base de datos que reemplazó se conserva como %1.</translation>
    </message>
</context>
<context>
    <name>ch::DatabaseProblemDialog</name>
    <message>
        <source>The database %1 is on a network drive. Databases on network drives can be damaged when two computers use them at once, because file locking there is not reliable.

A team that shares its cases should use the shared mode with a database server. To work alone, copy the file to this computer.</source>
        <translation>La base de datos %1 está en una unidad de red. Las bases de datos en unidades de red pueden dañarse cuando dos computadoras las usan a la vez, porque el bloqueo de archivos allí no es confiable.

Un equipo que comparte sus casos debe usar el modo compartido con un servidor de base de datos. Para trabajar solo, copie el archivo a esta computadora.</translation>
    </message>
    <message>
        <source>Clearinghouse — the database cannot be used as it is</source>
        <translation>Clearinghouse — la base de datos no se puede usar tal como está</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Abrir en &amp;solo lectura</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restaurar una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Choose another file…</source>
        <translation>&amp;Elegir otro archivo…</translation>
    </message>
    <message>
        <source>Open &amp;anyway</source>
        <translation>Abrir &amp;de todos modos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>Connect to &amp;shared database…</source>
        <translation>Conectar a base de datos co&amp;mpartida…</translation>
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
    <name>ch::DocumentOutput</name>
    <message>
        <source>Preview failed</source>
        <translation>Falló la vista previa</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <source>Printed file not protected</source>
        <translation>Archivo impreso sin proteger</translation>
    </message>
    <message>
        <source>%1 Check the file&apos;s permissions before sharing the computer.</source>
        <translation>%1 Revise los permisos del archivo antes de compartir la computadora.</translation>
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
    <name>ch::EvidenceDialog</name>
    <message>
        <source>Edit evidence</source>
        <translation>Editar prueba</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>Agregar prueba</translation>
    </message>
    <message>
        <source>Evidence for “%1”</source>
        <translation>Prueba para “%1”</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty</source>
        <translation>AAAA-MM-DD, o vacío</translation>
    </message>
    <message>
        <source>Where it is kept: folder or document number</source>
        <translation>Dónde se guarda: carpeta o número de documento</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Requested on:</source>
        <translation>&amp;Solicitada el:</translation>
    </message>
    <message>
        <source>R&amp;eceived on:</source>
        <translation>R&amp;ecibida el:</translation>
    </message>
    <message>
        <source>&amp;File reference:</source>
        <translation>&amp;Referencia del archivo:</translation>
    </message>
    <message>
        <source>The requested date is not a date. Write it as YYYY-MM-DD, or leave it empty.</source>
        <translation>La fecha de solicitud no es una fecha. Escríbala como AAAA-MM-DD o déjela vacía.</translation>
    </message>
    <message>
        <source>The received date is not a date. Write it as YYYY-MM-DD, or leave it empty.</source>
        <translation>La fecha de recepción no es una fecha. Escríbala como AAAA-MM-DD o déjela vacía.</translation>
    </message>
    <message>
        <source>The evidence cannot be received before it was requested. Check the two dates.</source>
        <translation>La prueba no puede recibirse antes de haberse solicitado. Revise las dos fechas.</translation>
    </message>
    <message>
        <source>The received date is in the future. Enter it when the evidence has arrived.</source>
        <translation>La fecha de recepción está en el futuro. Ingrésela cuando llegue la prueba.</translation>
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
    <name>ch::FollowUpRepository</name>
    <message>
        <source>Say what needs doing.</source>
        <translation>Indique qué hay que hacer.</translation>
    </message>
    <message>
        <source>The follow-up is too long (at most 500 characters).</source>
        <translation>El seguimiento es demasiado largo (máximo 500 caracteres).</translation>
    </message>
    <message>
        <source>Give a due date.</source>
        <translation>Indique una fecha de vencimiento.</translation>
    </message>
    <message>
        <source>Case %1 does not exist.</source>
        <translation>El caso %1 no existe.</translation>
    </message>
    <message>
        <source>This follow-up no longer exists.</source>
        <translation>Este seguimiento ya no existe.</translation>
    </message>
</context>
<context>
    <name>ch::FollowUpsPanel</name>
    <message>
        <source>Follow-ups of this case</source>
        <translation>Seguimientos de este caso</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>e.g. Call the daughter about the medical records</source>
        <translation>p. ej., Llamar a la hija sobre los registros médicos</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Vence:</translation>
    </message>
    <message>
        <source>F&amp;or:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>&amp;Add follow-up</source>
        <translation>&amp;Agregar seguimiento</translation>
    </message>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marcar como completado</translation>
    </message>
    <message>
        <source>Done %1 by %2</source>
        <translation>Completado el %1 por %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Follow-up not added</source>
        <translation>Seguimiento no agregado</translation>
    </message>
    <message>
        <source>Follow-up not changed</source>
        <translation>Seguimiento no modificado</translation>
    </message>
</context>
<context>
    <name>ch::HomePage</name>
    <message>
        <source>What needs doing</source>
        <translation>Qué hay que hacer</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Work queues</source>
        <translation>Colas de trabajo</translation>
    </message>
    <message>
        <source>Items in the chosen queue</source>
        <translation>Elementos de la cola elegida</translation>
    </message>
    <message>
        <source>Some queues could not be read: %1</source>
        <translation>No se pudieron leer algunas colas: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Working out what needs doing…</source>
        <translation>Calculando lo que hay que hacer…</translation>
    </message>
</context>
<context>
    <name>ch::IdleLock</name>
    <message>
        <source>Clearinghouse is locked to keep case details private.
Your open work is kept as it is.</source>
        <translation>Clearinghouse está bloqueado para mantener privados los datos de los casos.
Su trabajo abierto se conserva tal como está.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Shows the case details again</source>
        <translation>Vuelve a mostrar los datos de los casos</translation>
    </message>
</context>
<context>
    <name>ch::ImportDialog</name>
    <message>
        <source>Import submissions — %1</source>
        <translation>Importar envíos — %1</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next: columns &gt;</source>
        <translation>&amp;Siguiente: columnas &gt;</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Este archivo no se puede importar: %1</translation>
    </message>
    <message numerus="yes">
        <source>The first %n submission(s) in %1 (%2), as read. Check that this is the file you meant; nothing is imported yet.</source>
        <translation>
            <numerusform>El primer envío (%n) en %1 (%2), tal como se leyó. Compruebe que sea el archivo que quería; todavía no se importa nada.</numerusform>
            <numerusform>Los primeros %n envíos en %1 (%2), tal como se leyeron. Compruebe que sea el archivo que quería; todavía no se importa nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n submission(s) in %1 (%2), as read. Check that this is the file you meant; nothing is imported yet.</source>
        <translation>
            <numerusform>El único envío (%n) en %1 (%2), tal como se leyó. Compruebe que sea el archivo que quería; todavía no se importa nada.</numerusform>
            <numerusform>Los %n envíos en %1 (%2), tal como se leyeron. Compruebe que sea el archivo que quería; todavía no se importa nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1… Nothing is kept until the whole file is in; Cancel leaves the database as it was.</source>
        <translation>Importando %1… No se conserva nada hasta que entre todo el archivo; Cancelar deja la base de datos como estaba.</translation>
    </message>
    <message>
        <source>Cancelling: undoing the rows imported so far…</source>
        <translation>Cancelando: deshaciendo las filas importadas hasta ahora…</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>No se importó nada. %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Falló la importación</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing from the file was imported; the database is as it was before.</source>
        <translation>Se canceló la importación. No se importó nada del archivo; la base de datos está como antes.</translation>
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
    <name>ch::ImportPreview</name>
    <message>
        <source>The file %1 cannot be read: %2. Check that it exists and that you may read it.</source>
        <translation>No se puede leer el archivo %1: %2. Compruebe que exista y que tenga permiso para leerlo.</translation>
    </message>
    <message>
        <source>The file %1 is empty: there is nothing to import.</source>
        <translation>El archivo %1 está vacío: no hay nada que importar.</translation>
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
    <message>
        <source>Nothing from this file was imported.</source>
        <translation>No se importó nada de este archivo.</translation>
    </message>
    <message>
        <source>The import stopped at row %1 because the database failed: %2</source>
        <translation>La importación se detuvo en la fila %1 porque falló la base de datos: %2</translation>
    </message>
    <message>
        <source>The answer “%1” is too long (%2 characters; at most %3).</source>
        <translation>La respuesta “%1” es demasiado larga (%2 caracteres; máximo %3).</translation>
    </message>
    <message>
        <source>%1 of an additional submitter is too long (%2 characters; at most %3).</source>
        <translation>%1 de un remitente adicional es demasiado largo (%2 caracteres; máximo %3).</translation>
    </message>
    <message>
        <source>“%1” is not a case status.</source>
        <translation>“%1” no es un estado de caso.</translation>
    </message>
    <message>
        <source>The import has not finished yet.</source>
        <translation>La importación aún no ha terminado.</translation>
    </message>
</context>
<context>
    <name>ch::ImportSummaryDialog</name>
    <message>
        <source>Import finished — %1</source>
        <translation>Importación terminada — %1</translation>
    </message>
    <message>
        <source>%1 was imported in full.</source>
        <translation>%1 se importó por completo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 was imported; %n row(s) need attention and wait in the import quarantine.</source>
        <translation>
            <numerusform>Se importó %1; %n fila requiere atención y espera en la cuarentena de importación.</numerusform>
            <numerusform>Se importó %1; %n filas requieren atención y esperan en la cuarentena de importación.</numerusform>
        </translation>
    </message>
    <message>
        <source>New cases:</source>
        <translation>Casos nuevos:</translation>
    </message>
    <message>
        <source>Already in the database (skipped):</source>
        <translation>Ya estaban en la base de datos (omitidos):</translation>
    </message>
    <message>
        <source>Rejected (kept in quarantine):</source>
        <translation>Rechazados (en cuarentena):</translation>
    </message>
    <message>
        <source>Later submission for a person already known:</source>
        <translation>Envío posterior de una persona ya conocida:</translation>
    </message>
    <message>
        <source>Rejected rows — “Row” is the %1</source>
        <translation>Filas rechazadas — “Fila” es la %1</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>(whole row)</source>
        <translation>(fila completa)</translation>
    </message>
    <message>
        <source>New requests from people already known — check them against the earlier request (double-click to open)</source>
        <translation>Solicitudes nuevas de personas ya conocidas — compárelas con la solicitud anterior (doble clic para abrir)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Open the &amp;quarantine</source>
        <translation>Abrir la &amp;cuarentena</translation>
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
        <source>Case not reloaded</source>
        <translation>Caso no recargado</translation>
    </message>
</context>
<context>
    <name>ch::IntegrityMonitor</name>
    <message>
        <source>The database %1 is damaged: its integrity check failed. To keep the damage from spreading, nothing more will be saved to it in this window. Copy or export what you need, then restore a backup (File menu) or open another database.</source>
        <translation>La base de datos %1 está dañada: su comprobación de integridad falló. Para que el daño no se extienda, en esta ventana ya no se guardará nada en ella. Copie o exporte lo que necesite y después restaure una copia de seguridad (menú Archivo) o abra otra base de datos.</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <source>Database not checked: %1</source>
        <translation>Base de datos sin comprobar: %1</translation>
    </message>
    <message>
        <source>Checking the database for damage…</source>
        <translation>Comprobando si la base de datos tiene daños…</translation>
    </message>
    <message>
        <source>Database checked: no damage found</source>
        <translation>Base de datos comprobada: no se encontraron daños</translation>
    </message>
    <message>
        <source>Database damaged: read-only</source>
        <translation>Base de datos dañada: solo lectura</translation>
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
    <message>
        <source>Item %1 of the JSON array: “additional_submitters” must be a list of objects with name, relationship, phone, email, address and language.</source>
        <translation>Elemento %1 del arreglo JSON: “additional_submitters” debe ser una lista de objetos con name, relationship, phone, email, address y language.</translation>
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
    <message>
        <source>Age prong, (b)(2)</source>
        <translation>Criterio de edad, (b)(2)</translation>
    </message>
    <message>
        <source>Ten years served, (b)(6)</source>
        <translation>Diez años cumplidos, (b)(6)</translation>
    </message>
    <message>
        <source>Statutory 70 and 30 years, §3582(c)(1)(A)(ii)</source>
        <translation>70 años de edad y 30 años cumplidos según la ley, §3582(c)(1)(A)(ii)</translation>
    </message>
    <message>
        <source>Exhaustion ripe (30 days after the warden&apos;s receipt)</source>
        <translation>Agotamiento cumplido (30 días después de la recepción por el director del centro penitenciario)</translation>
    </message>
    <message>
        <source>Terminal medical condition (life expectancy of 18 months or less)</source>
        <translation>Enfermedad terminal (esperanza de vida de 18 meses o menos)</translation>
    </message>
    <message>
        <source>Elderly inmate with medical conditions</source>
        <translation>Recluso de edad avanzada con problemas de salud</translation>
    </message>
    <message>
        <source>Other elderly inmate</source>
        <translation>Otro recluso de edad avanzada</translation>
    </message>
    <message>
        <source>&quot;New law&quot; elderly inmate (18 U.S.C. §3582(c)(1)(A)(ii))</source>
        <translation>Recluso de edad avanzada de la &quot;nueva ley&quot; (18 U.S.C. §3582(c)(1)(A)(ii))</translation>
    </message>
</context>
<context>
    <name>ch::LetterDialog</name>
    <message>
        <source>Letters to the family, case %1</source>
        <translation>Cartas a la familia, caso %1</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Edit &amp;template…</source>
        <translation>Editar &amp;plantilla…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>I&amp;mprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>The questionnaire does not say which language the family reads; English is chosen.</source>
        <translation>El cuestionario no indica qué idioma lee la familia; se elige inglés.</translation>
    </message>
    <message>
        <source>The family&apos;s language on the questionnaire: %1.</source>
        <translation>El idioma de la familia según el cuestionario: %1.</translation>
    </message>
    <message>
        <source>Letter for case %1</source>
        <translation>Carta del caso %1</translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Guardar carta como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Letter not saved</source>
        <translation>Carta no guardada</translation>
    </message>
</context>
<context>
    <name>ch::LetterTemplateDialog</name>
    <message>
        <source>Letter templates</source>
        <translation>Plantillas de cartas</translation>
    </message>
    <message>
        <source>&amp;Letter:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>Plain text: a blank line starts a new paragraph. These are filled in from the case: %1.</source>
        <translation>Texto sin formato: una línea en blanco comienza un párrafo nuevo. Estos datos se llenan a partir del caso: %1.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Reset to default</source>
        <translation>&amp;Restablecer la predeterminada</translation>
    </message>
    <message>
        <source>The letter shipped with the program.</source>
        <translation>La carta incluida con el programa.</translation>
    </message>
    <message>
        <source>Edited by %1 on %2.</source>
        <translation>Editada por %1 el %2.</translation>
    </message>
    <message>
        <source>Not known, so printed as typed: %1. Check the spelling against the list above.</source>
        <translation>Desconocidos, por lo que se imprimen tal como se escribieron: %1. Compare la ortografía con la lista de arriba.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>The letter you were editing has changes that are not saved. Discard them?</source>
        <translation>La carta que estaba editando tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>Letter not saved</source>
        <translation>Carta no guardada</translation>
    </message>
    <message>
        <source>Reset the letter?</source>
        <translation>¿Restablecer la carta?</translation>
    </message>
    <message>
        <source>Replace this letter with the one shipped with the program? Your edits to it are lost.</source>
        <translation>¿Reemplazar esta carta por la incluida con el programa? Se perderán sus modificaciones.</translation>
    </message>
    <message>
        <source>Letter not reset</source>
        <translation>Carta no restablecida</translation>
    </message>
</context>
<context>
    <name>ch::LetterTemplateRepository</name>
    <message>
        <source>Referral (screened out)</source>
        <translation>Derivación (no admitido)</translation>
    </message>
    <message>
        <source>Request received</source>
        <translation>Solicitud recibida</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Matched with a volunteer</source>
        <translation>Asignado a un voluntario</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>There is no letter “%1” in %2.</source>
        <translation>No existe la carta “%1” en %2.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of letter; the kinds are: %2.</source>
        <translation>“%1” no es un tipo de carta; los tipos son: %2.</translation>
    </message>
    <message>
        <source>Letters are written in English (en) or Spanish (es), not “%1”.</source>
        <translation>Las cartas se escriben en inglés (en) o español (es), no en “%1”.</translation>
    </message>
    <message>
        <source>A letter cannot be empty. Write the letter, or reset it to the default.</source>
        <translation>Una carta no puede estar vacía. Escriba la carta o restablezca la predeterminada.</translation>
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
    <message>
        <source>Clearinghouse — %1 (read-only)</source>
        <translation>Clearinghouse — %1 (solo lectura)</translation>
    </message>
    <message>
        <source>Screening queue</source>
        <translation>Cola de evaluación inicial</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Lista de voluntarios</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Bring in questionnaire submissions from a CSV or JSON file</source>
        <translation>Traer envíos del cuestionario desde un archivo CSV o JSON</translation>
    </message>
    <message>
        <source>Import &amp;quarantine</source>
        <translation>&amp;Cuarentena de importación</translation>
    </message>
    <message>
        <source>Rows that imports rejected, to correct or discard</source>
        <translation>Filas que las importaciones rechazaron, para corregirlas o descartarlas</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Write every case to a CSV or JSON file</source>
        <translation>Escribir todos los casos en un archivo CSV o JSON</translation>
    </message>
    <message>
        <source>&amp;Packets for assigned cases…</source>
        <translation>&amp;Expedientes de casos asignados…</translation>
    </message>
    <message>
        <source>Print or save the packets of every case assigned since a date</source>
        <translation>Imprimir o guardar los expedientes de todos los casos asignados desde una fecha</translation>
    </message>
    <message>
        <source>Letter &amp;templates…</source>
        <translation>Plan&amp;tillas de cartas…</translation>
    </message>
    <message>
        <source>Edit the letters sent to families</source>
        <translation>Editar las cartas que se envían a las familias</translation>
    </message>
    <message>
        <source>Screening &amp;queue</source>
        <translation>Cola de &amp;evaluación inicial</translation>
    </message>
    <message>
        <source>Cases waiting for a screening decision</source>
        <translation>Casos en espera de una decisión de evaluación inicial</translation>
    </message>
    <message>
        <source>&amp;Re-screen all cases…</source>
        <translation>&amp;Volver a evaluar todos los casos…</translation>
    </message>
    <message>
        <source>&amp;Letters to the family…</source>
        <translation>Cartas a la &amp;familia…</translation>
    </message>
    <message>
        <source>&amp;Match volunteers…</source>
        <translation>Asi&amp;gnar voluntarios…</translation>
    </message>
    <message>
        <source>See who can take the case, and assign it</source>
        <translation>Ver quién puede tomar el caso y asignarlo</translation>
    </message>
    <message>
        <source>Show &amp;roster</source>
        <translation>Mostrar &amp;lista de voluntarios</translation>
    </message>
    <message>
        <source>&amp;Add volunteer…</source>
        <translation>Agregar v&amp;oluntario…</translation>
    </message>
    <message>
        <source>&amp;Batch matching…</source>
        <translation>Asignación en lo&amp;te…</translation>
    </message>
    <message>
        <source>Propose volunteers for every screened-in case that is waiting</source>
        <translation>Proponer voluntarios para cada caso admitido que está en espera</translation>
    </message>
    <message>
        <source>&amp;Roster</source>
        <translation>&amp;Voluntarios</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned.</source>
        <translation>
            <numerusform>%n caso asignado.</numerusform>
            <numerusform>%n casos asignados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import submissions</source>
        <translation>Importar envíos</translation>
    </message>
    <message>
        <source>Questionnaire exports (*.csv *.json);;All files (*)</source>
        <translation>Exportaciones del cuestionario (*.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>File not imported</source>
        <translation>Archivo no importado</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 no se puede importar: %2</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importación cancelada; no se importó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n new case(s) imported.</source>
        <translation>
            <numerusform>%1: se importó %n caso nuevo.</numerusform>
            <numerusform>%1: se importaron %n casos nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case %1 imported from the quarantine.</source>
        <translation>Caso %1 importado desde la cuarentena.</translation>
    </message>
    <message>
        <source>Import quarantine (%1)</source>
        <translation>Cuarentena de importación (%1)</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Exportar casos</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv);;JSON, complete (*.json)</source>
        <translation>CSV para hojas de cálculo (*.csv);;JSON, completo (*.json)</translation>
    </message>
    <message>
        <source>Cases not exported</source>
        <translation>Casos no exportados</translation>
    </message>
    <message>
        <source>%1 Choose another folder or file name and export again.</source>
        <translation>%1 Elija otra carpeta u otro nombre de archivo y vuelva a exportar.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) exported to %1.</source>
        <translation>
            <numerusform>%n caso exportado a %1.</numerusform>
            <numerusform>%n casos exportados a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>&amp;Bloquear pantalla</translation>
    </message>
    <message>
        <source>Cover the window until you unlock it</source>
        <translation>Cubre la ventana hasta que la desbloquee</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;Print packet…</source>
        <translation>Im&amp;primir expediente…</translation>
    </message>
    <message>
        <source>Save packet as P&amp;DF…</source>
        <translation>Guardar expediente como P&amp;DF…</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <source>Charts and numbers for a period, to export as CSV or PDF</source>
        <translation>Gráficos y cifras de un periodo, para exportar en CSV o PDF</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>V&amp;ista</translation>
    </message>
    <message>
        <source>Changes saved elsewhere are now shown.</source>
        <translation>Ya se muestran los cambios guardados desde otro lugar.</translation>
    </message>
    <message>
        <source>Read-only look</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>%1

Until then the cases are shown read-only, without medical and family details.</source>
        <translation>%1

Mientras tanto, los casos se muestran en solo lectura, sin los datos médicos ni familiares.</translation>
    </message>
    <message>
        <source>Not for your role</source>
        <translation>No corresponde a su función</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <source>Who uses this database, and in which role (administrators)</source>
        <translation>Quién usa esta base de datos y con qué función (administradores)</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Sesión: %1 (%2)</translation>
    </message>
    <message>
        <source>First user of this database: you are its administrator (File → Users…).</source>
        <translation>Primer usuario de esta base de datos: usted es su administrador (Archivo → Usuarios…).</translation>
    </message>
    <message>
        <source>Connect to &amp;shared database…</source>
        <translation>Conectar a base de datos co&amp;mpartida…</translation>
    </message>
    <message>
        <source>Work in a team&apos;s database on a PostgreSQL server</source>
        <translation>Trabajar en la base de datos de un equipo en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>%1 (shared)</source>
        <translation>%1 (compartida)</translation>
    </message>
    <message>
        <source>Shared database: %1</source>
        <translation>Base de datos compartida: %1</translation>
    </message>
    <message>
        <source>A database on a server that the team shares: what colleagues save appears here within seconds.</source>
        <translation>Una base de datos en un servidor que comparte el equipo: lo que guardan sus colegas aparece aquí en unos segundos.</translation>
    </message>
</context>
<context>
    <name>ch::MatchCaseRepository</name>
    <message>
        <source>There is no case %1.</source>
        <translation>No existe el caso %1.</translation>
    </message>
</context>
<context>
    <name>ch::MatchPanel</name>
    <message>
        <source>Assignment</source>
        <translation>Asignación</translation>
    </message>
    <message>
        <source>Reason (needed to decline)</source>
        <translation>Motivo (necesario para rechazar)</translation>
    </message>
    <message>
        <source>Reason for unassigning or declining</source>
        <translation>Motivo para desasignar o rechazar</translation>
    </message>
    <message>
        <source>&amp;Unassign</source>
        <translation>&amp;Desasignar</translation>
    </message>
    <message>
        <source>&amp;Decline</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>The volunteer declines the case; it goes back to the queue.</source>
        <translation>El voluntario rechaza el caso; vuelve a la cola.</translation>
    </message>
    <message>
        <source>Eligible volunteers, best first</source>
        <translation>Voluntarios elegibles, el mejor primero</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Experiencia</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgencia</translation>
    </message>
    <message>
        <source>Point at a score to see why.</source>
        <translation>Señale una puntuación para ver por qué.</translation>
    </message>
    <message>
        <source>&amp;Assign to selected volunteer</source>
        <translation>&amp;Asignar al voluntario seleccionado</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluidos</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Match: %1</source>
        <translation>Asignar: %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>caso %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Case %1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;Caso %1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — case %2&lt;br&gt;Reasons: %3 · District: %4 · Languages: %5%6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — caso %2&lt;br&gt;Motivos: %3 · Distrito: %4 · Idiomas: %5%6</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>ninguno indicado</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source> · &lt;b&gt;urgent&lt;/b&gt;</source>
        <translation> · &lt;b&gt;urgente&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Assigned to %1 on %2 by %3.</source>
        <translation>Asignado a %1 el %2 por %3.</translation>
    </message>
    <message>
        <source>Not assigned. Choose a volunteer below.</source>
        <translation>Sin asignar. Elija un voluntario abajo.</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>desasignado</translation>
    </message>
    <message>
        <source>%1: assigned %2, %3 %4%5</source>
        <translation>%1: asignado %2, %3 %4%5</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>No earlier assignments.</source>
        <translation>No hay asignaciones anteriores.</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 de %2: %3</translation>
    </message>
    <message>
        <source>Case not assigned</source>
        <translation>Caso no asignado</translation>
    </message>
    <message>
        <source>%1 can no longer take this case: %2</source>
        <translation>%1 ya no puede tomar este caso: %2</translation>
    </message>
    <message>
        <source>Case not unassigned</source>
        <translation>Caso no desasignado</translation>
    </message>
    <message>
        <source>Decline not recorded</source>
        <translation>Rechazo no registrado</translation>
    </message>
</context>
<context>
    <name>ch::MatchPlanner</name>
    <message>
        <source>Inactive: no longer takes cases.</source>
        <translation>Inactivo: ya no toma casos.</translation>
    </message>
    <message>
        <source>On leave until %1.</source>
        <translation>De licencia hasta el %1.</translation>
    </message>
    <message>
        <source>No training recorded.</source>
        <translation>No hay capacitación registrada.</translation>
    </message>
    <message numerus="yes">
        <source>Training expired on %1 (last completed %2; training counts for %n month(s)).</source>
        <translation>
            <numerusform>La capacitación venció el %1 (última completada el %2; la capacitación vale por %n mes).</numerusform>
            <numerusform>La capacitación venció el %1 (última completada el %2; la capacitación vale por %n meses).</numerusform>
        </translation>
    </message>
    <message>
        <source>At capacity: %1 of %2 open cases.</source>
        <translation>Sin cupo: %1 de %2 casos abiertos.</translation>
    </message>
    <message>
        <source>Law-clinic student without a supervising attorney on the roster.</source>
        <translation>Estudiante de clínica jurídica sin abogado supervisor en la lista de voluntarios.</translation>
    </message>
    <message>
        <source>Law-clinic student whose supervisor, %1, is not an active attorney on the roster.</source>
        <translation>Estudiante de clínica jurídica cuyo supervisor, %1, no es un abogado activo en la lista de voluntarios.</translation>
    </message>
    <message>
        <source>Conflict: %1, named in the case, is on the volunteer&apos;s conflict list.</source>
        <translation>Conflicto: %1, mencionado en el caso, está en la lista de conflictos del voluntario.</translation>
    </message>
    <message>
        <source>The case names no reasons yet.</source>
        <translation>El caso aún no indica motivos.</translation>
    </message>
    <message numerus="yes">
        <source>Expertise covers none of the case&apos;s %n reason(s).</source>
        <translation>
            <numerusform>Su experiencia no cubre el motivo del caso (%n).</numerusform>
            <numerusform>Su experiencia no cubre ninguno de los %n motivos del caso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expertise covers %1 of %2 reasons: %3.</source>
        <translation>Su experiencia cubre %1 de %2 motivos: %3.</translation>
    </message>
    <message>
        <source>Admitted in the sentencing district, %1.</source>
        <translation>Admitido en el distrito de la sentencia, %1.</translation>
    </message>
    <message>
        <source>Admitted in another district of the same circuit (%1).</source>
        <translation>Admitido en otro distrito del mismo circuito (%1).</translation>
    </message>
    <message>
        <source>Admitted to the bar of %1, where the person is held.</source>
        <translation>Admitido en el colegio de abogados de %1, donde está recluida la persona.</translation>
    </message>
    <message>
        <source>Not admitted in %1, its circuit or the facility&apos;s state.</source>
        <translation>No admitido en %1, su circuito ni el estado del centro penitenciario.</translation>
    </message>
    <message>
        <source>The case has no known sentencing district.</source>
        <translation>El caso no tiene un distrito de sentencia conocido.</translation>
    </message>
    <message>
        <source>Speaks %1, the language of the person or family.</source>
        <translation>Habla %1, el idioma de la persona o de la familia.</translation>
    </message>
    <message>
        <source>No language recorded for the case.</source>
        <translation>No hay idioma registrado para el caso.</translation>
    </message>
    <message>
        <source>Does not speak %1.</source>
        <translation>No habla %1.</translation>
    </message>
    <message>
        <source>%1 of %2 open cases.</source>
        <translation>%1 de %2 casos abiertos.</translation>
    </message>
    <message>
        <source>Terminal illness: the case is urgent.</source>
        <translation>Enfermedad terminal: el caso es urgente.</translation>
    </message>
    <message>
        <source>Not marked urgent.</source>
        <translation>No marcado como urgente.</translation>
    </message>
    <message>
        <source>Declined this case on %1.</source>
        <translation>Rechazó este caso el %1.</translation>
    </message>
    <message>
        <source>Declined this case on %1: “%2”.</source>
        <translation>Rechazó este caso el %1: “%2”.</translation>
    </message>
    <message>
        <source>Declined this case.</source>
        <translation>Rechazó este caso.</translation>
    </message>
    <message>
        <source>Declined this case: “%1”.</source>
        <translation>Rechazó este caso: “%1”.</translation>
    </message>
</context>
<context>
    <name>ch::MatchSession</name>
    <message>
        <source>No assignment was saved: %1</source>
        <translation>No se guardó ninguna asignación: %1</translation>
    </message>
    <message>
        <source>Assigned to a volunteer by matching.</source>
        <translation>Asignado a un voluntario mediante la asignación de voluntarios.</translation>
    </message>
    <message>
        <source>The volunteer declined: %1</source>
        <translation>El voluntario rechazó el caso: %1</translation>
    </message>
    <message>
        <source>Unassigned; back in the queue.</source>
        <translation>Desasignado; de vuelta en la cola.</translation>
    </message>
</context>
<context>
    <name>ch::MigrateCommand</name>
    <message>
        <source>Copy a whole database file to an empty shared (PostgreSQL) database, keeping every id, and verify each table&apos;s row count and checksum on both sides. The file is only read; the server database holds the whole copy or nothing. The password as for --server (PGPASSFILE, --password-stdin or a prompt).</source>
        <translation>Copiar un archivo de base de datos completo a una base de datos compartida (PostgreSQL) vacía, conservando todos los identificadores, y verificar en ambos lados el número de filas y la suma de verificación de cada tabla. El archivo solo se lee; la base de datos del servidor recibe la copia completa o nada. La contraseña se indica como con --server (PGPASSFILE, --password-stdin o se le pide).</translation>
    </message>
    <message>
        <source>The database file: sqlite:PATH.</source>
        <translation>El archivo de base de datos: sqlite:PATH.</translation>
    </message>
    <message>
        <source>The empty server database: postgresql://user@host:port/database[?sslmode=…].</source>
        <translation>La base de datos vacía del servidor: postgresql://user@host:port/database[?sslmode=…].</translation>
    </message>
    <message>
        <source>Read the server&apos;s password from the first line of the input.</source>
        <translation>Leer la contraseña del servidor de la primera línea de la entrada.</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Mostrar el resultado en formato JSON.</translation>
    </message>
    <message>
        <source>clearinghouse-cli migrate: unexpected argument %1.</source>
        <translation>clearinghouse-cli migrate: argumento inesperado %1.</translation>
    </message>
    <message>
        <source>clearinghouse-cli migrate: say which file to copy with --from sqlite:PATH.</source>
        <translation>clearinghouse-cli migrate: indique qué archivo copiar con --from sqlite:PATH.</translation>
    </message>
    <message>
        <source>clearinghouse-cli migrate: say where to copy with --to postgresql://user@host:port/database.</source>
        <translation>clearinghouse-cli migrate: indique adónde copiar con --to postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>clearinghouse-cli migrate: %1</source>
        <translation>clearinghouse-cli migrate: %1</translation>
    </message>
    <message>
        <source>clearinghouse-cli migrate: there is no database file %1.</source>
        <translation>clearinghouse-cli migrate: no existe el archivo de base de datos %1.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>The shared database %1 is not empty: it already holds a Clearinghouse database (schema version %2). Nothing was copied; migrate copies only into an empty database (ask the administrator for a new one).</source>
        <translation>La base de datos compartida %1 no está vacía: ya contiene una base de datos de Clearinghouse (versión de esquema %2). No se copió nada; migrate solo copia en una base de datos vacía (pida una nueva al administrador).</translation>
    </message>
    <message>
        <source>Creating the tables…</source>
        <translation>Creando las tablas…</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>file rows</source>
        <translation>filas del archivo</translation>
    </message>
    <message>
        <source>server rows</source>
        <translation>filas del servidor</translation>
    </message>
    <message>
        <source>checksum (SHA-256)</source>
        <translation>suma de verificación (SHA-256)</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>clearinghouse-cli migrate: the copy of %1 differs from the file, so nothing was kept on the server (rolled back). Report this with the table above.</source>
        <translation>clearinghouse-cli migrate: la copia de %1 difiere del archivo, así que no se conservó nada en el servidor (se revirtió). Informe de esto junto con la tabla anterior.</translation>
    </message>
    <message>
        <source>The server user “%1” was not a user of the file: it is now an administrator of the shared database.</source>
        <translation>El usuario del servidor “%1” no era usuario del archivo: ahora es administrador de la base de datos compartida.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) in %1 s; every table&apos;s count and checksum match.</source>
        <translation>
            <numerusform>Se copió %n fila en %1 s; los recuentos y las sumas de verificación de todas las tablas coinciden.</numerusform>
            <numerusform>Se copiaron %n filas en %1 s; los recuentos y las sumas de verificación de todas las tablas coinciden.</numerusform>
        </translation>
    </message>
    <message>
        <source>These users have no server login yet: %1. Give each a password with clearinghouse-cli --server %2 users set LOGIN --new-password-stdin, or in File → Users….</source>
        <translation>Estos usuarios aún no tienen acceso al servidor: %1. Asigne una contraseña a cada uno con clearinghouse-cli --server %2 users set LOGIN --new-password-stdin, o en Archivo → Usuarios….</translation>
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
    <name>ch::PacketBatch</name>
    <message>
        <source>There are no cases to print: no case was assigned in that period. Choose an earlier date.</source>
        <translation>No hay casos para imprimir: no se asignó ningún caso en ese período. Elija una fecha anterior.</translation>
    </message>
    <message>
        <source>Case packets</source>
        <translation>Expedientes de casos</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another folder.</source>
        <translation>No se puede crear la carpeta %1. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Cancelado; no se escribió ningún archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n packet(s); those files were kept.</source>
        <translation>
            <numerusform>Cancelado después de %n expediente; ese archivo se conservó.</numerusform>
            <numerusform>Cancelado después de %n expedientes; esos archivos se conservaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n packet(s) written.</source>
        <translation>
            <numerusform>%n expediente escrito.</numerusform>
            <numerusform>%n expedientes escritos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ch::PacketBatchDialog</name>
    <message>
        <source>Packets for assigned cases</source>
        <translation>Expedientes de casos asignados</translation>
    </message>
    <message>
        <source>Cases assigned &amp;since:</source>
        <translation>Casos asignados &amp;desde:</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>&amp;One PDF with every packet</source>
        <translation>&amp;Un PDF con todos los expedientes</translation>
    </message>
    <message>
        <source>One PDF &amp;per case, in a folder</source>
        <translation>Un PDF por caso, en una &amp;carpeta</translation>
    </message>
    <message>
        <source>Write:</source>
        <translation>Escribir:</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>&amp;Write packets…</source>
        <translation>&amp;Escribir expedientes…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>De&amp;tener</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) assigned since then and still open.</source>
        <translation>
            <numerusform>%n caso asignado desde entonces y aún abierto.</numerusform>
            <numerusform>%n casos asignados desde entonces y aún abiertos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save packets as one PDF</source>
        <translation>Guardar los expedientes como un solo PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Folder for the packets</source>
        <translation>Carpeta para los expedientes</translation>
    </message>
    <message>
        <source>%1 Written to %2.</source>
        <translation>%1 Escrito en %2.</translation>
    </message>
    <message>
        <source>Writing packets…</source>
        <translation>Escribiendo expedientes…</translation>
    </message>
    <message>
        <source>Stopping after the current packet…</source>
        <translation>Deteniendo después del expediente actual…</translation>
    </message>
</context>
<context>
    <name>ch::PacketBuilder</name>
    <message>
        <source>1 month</source>
        <translation>1 mes</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 meses</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 años)</translation>
    </message>
    <message>
        <source>%1 (%2 years %3 months)</source>
        <translation>%1 (%2 años y %3 meses)</translation>
    </message>
    <message>
        <source>Clearinghouse case %1</source>
        <translation>Caso de Clearinghouse %1</translation>
    </message>
    <message>
        <source>Age prong, §1B1.13(b)(2)</source>
        <translation>Criterio de edad, §1B1.13(b)(2)</translation>
    </message>
    <message>
        <source>Ten years served, §1B1.13(b)(6)</source>
        <translation>Diez años cumplidos, §1B1.13(b)(6)</translation>
    </message>
    <message>
        <source>Age 70 and 30 years served, §3582(c)(1)(A)(ii)</source>
        <translation>70 años de edad y 30 años cumplidos, §3582(c)(1)(A)(ii)</translation>
    </message>
    <message>
        <source>Exhaustion ripe (30 days after the warden&apos;s receipt)</source>
        <translation>Agotamiento cumplido (30 días después de la recepción por el director del centro penitenciario)</translation>
    </message>
    <message>
        <source>Not a federal case</source>
        <translation>No es un caso federal</translation>
    </message>
    <message>
        <source>Not a request for compassionate release</source>
        <translation>No es una solicitud de liberación compasiva</translation>
    </message>
    <message>
        <source>Not yet sentenced</source>
        <translation>Aún sin sentencia</translation>
    </message>
    <message>
        <source>No longer in custody</source>
        <translation>Ya no está bajo custodia</translation>
    </message>
    <message>
        <source>Case packet, case %1</source>
        <translation>Expediente del caso, caso %1</translation>
    </message>
    <message>
        <source>EXHAUSTION RIPE: MAY FILE IN COURT FROM</source>
        <translation>AGOTAMIENTO CUMPLIDO: PUEDE PRESENTARSE ANTE EL TRIBUNAL DESDE</translation>
    </message>
    <message>
        <source>Screening could not be run, so this date is not known.</source>
        <translation>No se pudo realizar la evaluación inicial, así que no se conoce esta fecha.</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>alcanzada</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>próxima</translation>
    </message>
    <message>
        <source>Not yet: no warden request on file</source>
        <translation>Aún no: no consta ninguna solicitud al director del centro penitenciario</translation>
    </message>
    <message>
        <source>COMPASSIONATE RELEASE CLEARINGHOUSE</source>
        <translation>CLEARINGHOUSE DE LIBERACIÓN COMPASIVA</translation>
    </message>
    <message>
        <source>Case packet</source>
        <translation>Expediente del caso</translation>
    </message>
    <message>
        <source>Name not given</source>
        <translation>Nombre no indicado</translation>
    </message>
    <message>
        <source>Clearinghouse case</source>
        <translation>Caso de Clearinghouse</translation>
    </message>
    <message>
        <source>Register number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Centro penitenciario</translation>
    </message>
    <message>
        <source>Sentencing district</source>
        <translation>Distrito de la sentencia</translation>
    </message>
    <message>
        <source>%1 (%2), circuit %3</source>
        <translation>%1 (%2), circuito %3</translation>
    </message>
    <message>
        <source>Sentencing judge</source>
        <translation>Juez de la sentencia</translation>
    </message>
    <message>
        <source>Not recorded: see the judgment</source>
        <translation>No registrado: consulte la sentencia</translation>
    </message>
    <message>
        <source>Court case number</source>
        <translation>Número de causa judicial</translation>
    </message>
    <message>
        <source>assigned on %1</source>
        <translation>asignado el %1</translation>
    </message>
    <message>
        <source>Assigned volunteer</source>
        <translation>Voluntario asignado</translation>
    </message>
    <message>
        <source>Not assigned yet</source>
        <translation>Aún sin asignar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <source>Redaction profile</source>
        <translation>Perfil de ocultación</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>This packet holds private information about a person in federal custody and their family. It is shared with you only for your work on this case. Do not copy it or pass it on, keep it where others cannot read it, and return or destroy it when your work ends.</source>
        <translation>Este expediente contiene información privada sobre una persona bajo custodia federal y su familia. Se le comparte solo para su trabajo en este caso. No lo copie ni lo transmita, guárdelo donde otros no puedan leerlo, y devuélvalo o destrúyalo cuando termine su trabajo.</translation>
    </message>
    <message>
        <source>Redaction profile: %1.</source>
        <translation>Perfil de ocultación: %1.</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Resumen del caso</translation>
    </message>
    <message>
        <source>Screening and key dates</source>
        <translation>Evaluación inicial y fechas clave</translation>
    </message>
    <message>
        <source>Reasons checklist</source>
        <translation>Lista de verificación de motivos</translation>
    </message>
    <message>
        <source>Documents to obtain</source>
        <translation>Documentos por obtener</translation>
    </message>
    <message>
        <source>Questionnaire answers</source>
        <translation>Respuestas del cuestionario</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historial de estados</translation>
    </message>
    <message>
        <source>Staff notes</source>
        <translation>Notas del personal</translation>
    </message>
    <message>
        <source>Pages for your notes</source>
        <translation>Páginas para sus notas</translation>
    </message>
    <message>
        <source>In this packet:</source>
        <translation>En este expediente:</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>%1 años de edad</translation>
    </message>
    <message>
        <source>%1, age %2</source>
        <translation>%1, %2 años de edad</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Offense</source>
        <translation>Delito</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Pena</translation>
    </message>
    <message>
        <source>In custody since</source>
        <translation>Bajo custodia desde</translation>
    </message>
    <message>
        <source>Projected release</source>
        <translation>Liberación prevista</translation>
    </message>
    <message>
        <source>Relief sought</source>
        <translation>Medida solicitada</translation>
    </message>
    <message>
        <source>Reasons claimed</source>
        <translation>Motivos alegados</translation>
    </message>
    <message>
        <source>Request received %1</source>
        <translation>Solicitud recibida el %1</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Response: %1 on %2</source>
        <translation>Respuesta: %1 el %2</translation>
    </message>
    <message>
        <source>Warden</source>
        <translation>Director del centro penitenciario</translation>
    </message>
    <message>
        <source>Earlier requests</source>
        <translation>Solicitudes anteriores</translation>
    </message>
    <message>
        <source>This person has asked before; see the case list.</source>
        <translation>Esta persona ya hizo solicitudes antes; consulte la lista de casos.</translation>
    </message>
    <message>
        <source>Few answers are on file yet; see the questionnaire answers.</source>
        <translation>Aún hay pocas respuestas registradas; consulte las respuestas del cuestionario.</translation>
    </message>
    <message>
        <source>Screening could not be run for this case; ask the office.</source>
        <translation>No se pudo realizar la evaluación inicial de este caso; consulte a la oficina.</translation>
    </message>
    <message>
        <source>Screened in</source>
        <translation>Admitido</translation>
    </message>
    <message>
        <source>Screened out</source>
        <translation>No admitido</translation>
    </message>
    <message>
        <source>Needs more information</source>
        <translation>Falta información</translation>
    </message>
    <message>
        <source>as of %1, rules %2</source>
        <translation>al %1, reglas %2</translation>
    </message>
    <message>
        <source>Why: %1.</source>
        <translation>Por qué: %1.</translation>
    </message>
    <message>
        <source>Still needed: %1.</source>
        <translation>Aún se necesita: %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Key date</source>
        <translation>Fecha clave</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>after projected release</source>
        <translation>después de la liberación prevista</translation>
    </message>
    <message>
        <source>%1 is contested</source>
        <translation>%1 es controvertido</translation>
    </message>
    <message>
        <source>; in circuit %1 it is %2</source>
        <translation>; en el circuito %1 es %2</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>controvertido</translation>
    </message>
    <message>
        <source>Referral given to the family</source>
        <translation>Derivación entregada a la familia</translation>
    </message>
    <message>
        <source>Reasons checklist (USSG §1B1.13(b))</source>
        <translation>Lista de verificación de motivos (USSG §1B1.13(b))</translation>
    </message>
    <message>
        <source>A ticked box is a reason the family claimed. The assessment and the evidence are the office&apos;s work so far.</source>
        <translation>Una casilla marcada es un motivo que alegó la familia. La evaluación y las pruebas son el trabajo de la oficina hasta ahora.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Narrative withheld under the %1 profile.</source>
        <translation>Narración omitida según el perfil %1.</translation>
    </message>
    <message>
        <source>(received %1)</source>
        <translation>(recibida el %1)</translation>
    </message>
    <message>
        <source>(requested %1)</source>
        <translation>(solicitada el %1)</translation>
    </message>
    <message>
        <source>(to request)</source>
        <translation>(por solicitar)</translation>
    </message>
    <message>
        <source>None on file</source>
        <translation>No consta ninguna</translation>
    </message>
    <message>
        <source>The reasons tracker could not be read.</source>
        <translation>No se pudo leer el seguimiento de motivos.</translation>
    </message>
    <message>
        <source>received %1</source>
        <translation>recibida el %1</translation>
    </message>
    <message>
        <source>requested %1</source>
        <translation>solicitada el %1</translation>
    </message>
    <message>
        <source>Per the questionnaire: %1; get a copy</source>
        <translation>Según el cuestionario: %1; obtenga una copia</translation>
    </message>
    <message>
        <source>Per the questionnaire: %1 on %2; get a copy</source>
        <translation>Según el cuestionario: %1 el %2; obtenga una copia</translation>
    </message>
    <message>
        <source>Judgment and commitment order</source>
        <translation>Sentencia y orden de reclusión</translation>
    </message>
    <message>
        <source>Presentence report (PSR)</source>
        <translation>Informe previo a la sentencia (PSR)</translation>
    </message>
    <message>
        <source>Medical records and physician letters</source>
        <translation>Expedientes médicos y cartas de médicos</translation>
    </message>
    <message>
        <source>BOP medical records</source>
        <translation>Expedientes médicos del BOP</translation>
    </message>
    <message>
        <source>BOP records (progress report, disciplinary history)</source>
        <translation>Registros del BOP (informe de progreso, historial disciplinario)</translation>
    </message>
    <message>
        <source>Request to the warden</source>
        <translation>Solicitud al director del centro penitenciario</translation>
    </message>
    <message>
        <source>Per the questionnaire, the warden received it on %1; get a copy</source>
        <translation>Según el cuestionario, el director del centro penitenciario la recibió el %1; obtenga una copia</translation>
    </message>
    <message>
        <source>Warden&apos;s response</source>
        <translation>Respuesta del director del centro penitenciario</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>To obtain</source>
        <translation>Por obtener</translation>
    </message>
    <message>
        <source>Withheld under the %1 profile</source>
        <translation>Omitido según el perfil %1</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other answers on the form</source>
        <translation>Otras respuestas del formulario</translation>
    </message>
    <message>
        <source>Submitter %1</source>
        <translation>Remitente %1</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Parentesco</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Datos de contacto</translation>
    </message>
    <message>
        <source>Consent to contact</source>
        <translation>Consentimiento para contactar</translation>
    </message>
    <message>
        <source>No submitter is on file.</source>
        <translation>No consta ningún remitente.</translation>
    </message>
    <message>
        <source>Person in custody</source>
        <translation>Persona bajo custodia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No status changes are recorded yet.</source>
        <translation>Aún no hay cambios de estado registrados.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>No staff notes yet.</source>
        <translation>Aún no hay notas del personal.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes (continued)</source>
        <translation>Notas (continuación)</translation>
    </message>
</context>
<context>
    <name>ch::PacketService</name>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
</context>
<context>
    <name>ch::PacketWriter</name>
    <message>
        <source>The pages could not be drawn: the printer or file refused them. Check the printer or the folder and try again.</source>
        <translation>No se pudieron dibujar las páginas: la impresora o el archivo las rechazó. Revise la impresora o la carpeta e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A new page could not be started. Check the printer or the free space and try again.</source>
        <translation>No se pudo comenzar una página nueva. Revise la impresora o el espacio libre e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The pages could not be finished. Check the printer or the free space and try again.</source>
        <translation>No se pudieron terminar las páginas. Revise la impresora o el espacio libre e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ch::PdfFile</name>
    <message>
        <source>%1 is a folder. Give a file name ending in .pdf.</source>
        <translation>%1 es una carpeta. Indique un nombre de archivo que termine en .pdf.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder or file name.</source>
        <translation>No se puede escribir %1: %2. Elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be made private to you, so nothing was written.</source>
        <translation>%1 no se puede hacer privado para usted, así que no se escribió nada.</translation>
    </message>
    <message>
        <source>The PDF was not written.</source>
        <translation>No se escribió el PDF.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check the free space and try again.</source>
        <translation>No se pudo guardar %1: %2. Revise el espacio libre e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ch::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of menus, forms and letters on screen</source>
        <translation>El idioma de los menús, formularios y cartas en pantalla</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Minutes between automatic backups</source>
        <translation>Minutos entre copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>0 turns automatic backups off; a backup is still made on closing</source>
        <translation>0 desactiva las copias de seguridad automáticas; igualmente se hace una copia al cerrar</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Automatic backup every:</source>
        <translation>Copia de seguridad &amp;automática cada:</translation>
    </message>
    <message>
        <source>A backup is also made each time the program closes.</source>
        <translation>También se hace una copia de seguridad cada vez que se cierra el programa.</translation>
    </message>
    <message>
        <source>Minutes without input before the window locks</source>
        <translation>Minutos sin actividad antes de que se bloquee la ventana</translation>
    </message>
    <message>
        <source>Lock the window after &amp;idle:</source>
        <translation>&amp;Bloquear la ventana tras inactividad:</translation>
    </message>
    <message>
        <source>Enter a passphrase, or turn encryption off.</source>
        <translation>Ingrese una frase de contraseña o desactive el cifrado.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Las dos frases de contraseña no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>&amp;Encrypt backups with a passphrase</source>
        <translation>&amp;Cifrar las copias de seguridad con una frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Confirm passphrase:</source>
        <translation>&amp;Confirmar la frase:</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de las copias de seguridad</translation>
    </message>
    <message>
        <source>Backup passphrase again</source>
        <translation>Frase de contraseña de las copias de seguridad, otra vez</translation>
    </message>
    <message>
        <source>The passphrase is kept only while the program runs and is never saved: enter it again after each start, or backups are written unencrypted. Without it an encrypted backup cannot be restored, so keep it somewhere safe.</source>
        <translation>La frase de contraseña se conserva solo mientras el programa está abierto y nunca se guarda: vuelva a ingresarla después de cada inicio, o las copias de seguridad se escribirán sin cifrar. Sin ella no se puede restaurar una copia cifrada, así que guárdela en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>ch::QuarantineModel</name>
    <message>
        <source>(whole row)</source>
        <translation>(fila completa)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Values as read</source>
        <translation>Valores tal como se leyeron</translation>
    </message>
</context>
<context>
    <name>ch::QuarantinePage</name>
    <message>
        <source>Rows that earlier imports rejected. Select one, correct its values and import it again, or discard it.</source>
        <translation>Filas que importaciones anteriores rechazaron. Seleccione una, corrija sus valores y vuelva a importarla, o descártela.</translation>
    </message>
    <message>
        <source>No rejected rows are waiting. Rows that an import cannot turn into cases appear here, with the reason.</source>
        <translation>No hay filas rechazadas en espera. Aquí aparecen, con el motivo, las filas que una importación no puede convertir en casos.</translation>
    </message>
    <message>
        <source>Selected row</source>
        <translation>Fila seleccionada</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value (double-click to correct)</source>
        <translation>Valor (doble clic para corregir)</translation>
    </message>
    <message>
        <source>&amp;Discard row…</source>
        <translation>&amp;Descartar fila…</translation>
    </message>
    <message>
        <source>&amp;Import row again</source>
        <translation>&amp;Importar fila de nuevo</translation>
    </message>
    <message>
        <source>Quarantine not shown</source>
        <translation>Cuarentena no mostrada</translation>
    </message>
    <message>
        <source>%1, row %2:</source>
        <translation>%1, fila %2:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The row&apos;s shape was wrong, so its values may sit under the wrong columns: correct at least one value before importing it again.</source>
        <translation>La forma de la fila era incorrecta, así que sus valores pueden estar bajo columnas equivocadas: corrija al menos un valor antes de volver a importarla.</translation>
    </message>
    <message>
        <source>Not valid UTF-8 in the file: retype this value.</source>
        <translation>UTF-8 no válido en el archivo: vuelva a escribir este valor.</translation>
    </message>
    <message>
        <source>Row not imported</source>
        <translation>Fila no importada</translation>
    </message>
    <message>
        <source>Still not imported: %1</source>
        <translation>Aún no importada: %1</translation>
    </message>
    <message>
        <source>The row was imported as case %1.</source>
        <translation>La fila se importó como el caso %1.</translation>
    </message>
    <message>
        <source>The row was already in the database; nothing new was created.</source>
        <translation>La fila ya estaba en la base de datos; no se creó nada nuevo.</translation>
    </message>
    <message>
        <source>Discard row?</source>
        <translation>¿Descartar la fila?</translation>
    </message>
    <message>
        <source>Row %1 of %2 will not be imported and leaves this list. The audit log keeps its values.</source>
        <translation>La fila %1 de %2 no se importará y saldrá de esta lista. El registro de auditoría conserva sus valores.</translation>
    </message>
    <message>
        <source>Discard row</source>
        <translation>Descartar fila</translation>
    </message>
    <message>
        <source>Row not discarded</source>
        <translation>Fila no descartada</translation>
    </message>
    <message>
        <source>The row was discarded.</source>
        <translation>Se descartó la fila.</translation>
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
    <name>ch::ReasonChecklistModel</name>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n recibida</numerusform>
            <numerusform>%n recibidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n received</source>
        <translation>
            <numerusform>%1 de %n recibida</numerusform>
            <numerusform>%1 de %n recibidas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Alegado</translation>
    </message>
    <message>
        <source>The family named this reason in the questionnaire.</source>
        <translation>La familia indicó este motivo en el cuestionario.</translation>
    </message>
    <message>
        <source>The family did not name this reason.</source>
        <translation>La familia no indicó este motivo.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Staff assessment</source>
        <translation>Evaluación del personal</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>There is no reason in row %1.</source>
        <translation>No hay ningún motivo en la fila %1.</translation>
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
    <name>ch::ReasonsChecklist</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>%1 Your entry is still on screen; try again.</source>
        <translation>%1 Lo que ingresó sigue en pantalla; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Rehabilitation alone is not an extraordinary and compelling reason (§1B1.13(d)). Assess it together with at least one other reason.</source>
        <translation>La rehabilitación por sí sola no es un motivo extraordinario y convincente (§1B1.13(d)). Evalúela junto con al menos otro motivo.</translation>
    </message>
    <message>
        <source>Extraordinary and compelling reasons</source>
        <translation>Motivos extraordinarios y convincentes</translation>
    </message>
    <message>
        <source>Recorded as a combined factor only: it never counts as a reason on its own.</source>
        <translation>Registrado solo como factor combinado: nunca cuenta como motivo por sí solo.</translation>
    </message>
    <message>
        <source>Why this assessment: what the records show, what is still missing…</source>
        <translation>Por qué esta evaluación: qué muestran los registros, qué falta todavía…</translation>
    </message>
    <message>
        <source>Staff &amp;assessment:</source>
        <translation>&amp;Evaluación del personal:</translation>
    </message>
    <message>
        <source>&amp;Narrative:</source>
        <translation>&amp;Narración:</translation>
    </message>
    <message>
        <source>&amp;Save assessment</source>
        <translation>&amp;Guardar evaluación</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Solicitada</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibida</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>A&amp;dd evidence…</source>
        <translation>&amp;Agregar prueba…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Edi&amp;tar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Claimed by the family in the questionnaire.</source>
        <translation>Alegado por la familia en el cuestionario.</translation>
    </message>
    <message>
        <source>Not claimed by the family.</source>
        <translation>No alegado por la familia.</translation>
    </message>
    <message>
        <source>Last changed by %1, %2</source>
        <translation>Último cambio por %1, %2</translation>
    </message>
    <message>
        <source>Not received yet</source>
        <translation>Aún no recibida</translation>
    </message>
    <message>
        <source>Remove evidence?</source>
        <translation>¿Quitar la prueba?</translation>
    </message>
    <message>
        <source>Remove “%1” from this reason? The audit trail keeps a record of it.</source>
        <translation>¿Quitar “%1” de este motivo? El registro de auditoría conserva constancia de ello.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>ch::RedactionProfile</name>
    <message>
        <source>External</source>
        <translation>Externo</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <source>Medical details, submitter contact details and staff notes are withheld.</source>
        <translation>Se omiten los datos médicos, los datos de contacto del remitente y las notas del personal.</translation>
    </message>
    <message>
        <source>Complete: every answer, medical details and contact details are included.</source>
        <translation>Completo: se incluyen todas las respuestas, los datos médicos y los datos de contacto.</translation>
    </message>
</context>
<context>
    <name>ch::ReportChart</name>
    <message>
        <source>%1 (the %2 largest; the table has all %3)</source>
        <translation>%1 (los %2 mayores; la tabla tiene los %3)</translation>
    </message>
    <message>
        <source>%1: no requests in this period</source>
        <translation>%1: no hay solicitudes en este periodo</translation>
    </message>
</context>
<context>
    <name>ch::ReportCommands</name>
    <message>
        <source>Compute a report for a period (default: the last twelve months) and print it as JSON or CSV. Reports: %1.</source>
        <translation>Calcula un informe para un periodo (por omisión, los últimos doce meses) y lo muestra en JSON o CSV. Informes: %1.</translation>
    </message>
    <message>
        <source>The report, e.g. funnel.</source>
        <translation>El informe, p. ej. funnel.</translation>
    </message>
    <message>
        <source>First day of the period (YYYY-MM-DD).</source>
        <translation>Primer día del periodo (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Last day of the period (YYYY-MM-DD; default today).</source>
        <translation>Último día del periodo (AAAA-MM-DD; por omisión, hoy).</translation>
    </message>
    <message>
        <source>Every request, whatever its date.</source>
        <translation>Todas las solicitudes, sea cual sea su fecha.</translation>
    </message>
    <message>
        <source>json (the default) or csv.</source>
        <translation>json (por omisión) o csv.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Escribir en este archivo en lugar de la salida estándar.</translation>
    </message>
    <message>
        <source>List the reports and stop.</source>
        <translation>Mostrar la lista de informes y terminar.</translation>
    </message>
    <message>
        <source>clearinghouse-cli report: name one report: %1.</source>
        <translation>clearinghouse-cli report: indique un informe: %1.</translation>
    </message>
    <message>
        <source>clearinghouse-cli report: there is no report “%1”. The reports are: %2.</source>
        <translation>clearinghouse-cli report: no existe el informe «%1». Los informes son: %2.</translation>
    </message>
    <message>
        <source>clearinghouse-cli report: --format is json or csv.</source>
        <translation>clearinghouse-cli report: --format es json o csv.</translation>
    </message>
    <message>
        <source>clearinghouse-cli report: give --all-time or --from/--to, not both.</source>
        <translation>clearinghouse-cli report: indique --all-time o --from/--to, no ambos.</translation>
    </message>
    <message>
        <source>clearinghouse-cli report: --%1 needs a date written YYYY-MM-DD, not “%2”.</source>
        <translation>clearinghouse-cli report: --%1 necesita una fecha escrita AAAA-MM-DD, no «%2».</translation>
    </message>
    <message>
        <source>clearinghouse-cli report: the period starts after it ends.</source>
        <translation>clearinghouse-cli report: el periodo empieza después de terminar.</translation>
    </message>
    <message>
        <source>clearinghouse-cli report: %1</source>
        <translation>clearinghouse-cli report: %1</translation>
    </message>
    <message>
        <source>clearinghouse-cli report: could not write %1: %2.</source>
        <translation>clearinghouse-cli report: no se pudo escribir %1: %2.</translation>
    </message>
    <message>
        <source>clearinghouse-cli report: could not write %1: %2. Check the free space and try again.</source>
        <translation>clearinghouse-cli report: no se pudo escribir %1: %2. Compruebe el espacio libre e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ch::ReportExporter</name>
    <message>
        <source>Could not write %1: %2. Choose another folder or file name.</source>
        <translation>No se pudo escribir %1: %2. Elija otra carpeta u otro nombre de archivo.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. No file was written; check the free space and try again.</source>
        <translation>No se pudo escribir %1: %2. No se escribió ningún archivo; compruebe el espacio libre e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Produced:</source>
        <translation>Elaborado:</translation>
    </message>
    <message>
        <source>No requests in this period.</source>
        <translation>No hay solicitudes en este periodo.</translation>
    </message>
    <message>
        <source>Clearinghouse report</source>
        <translation>Informe de Clearinghouse</translation>
    </message>
</context>
<context>
    <name>ch::ReportPeriod</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>hasta %1</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>todo el tiempo</translation>
    </message>
</context>
<context>
    <name>ch::ReportService</name>
    <message>
        <source>Requests received per month</source>
        <translation>Solicitudes recibidas por mes</translation>
    </message>
    <message>
        <source>Screening outcomes</source>
        <translation>Resultados de la evaluación</translation>
    </message>
    <message>
        <source>Referral reasons</source>
        <translation>Motivos de derivación</translation>
    </message>
    <message>
        <source>Reasons claimed and assessed</source>
        <translation>Motivos alegados y valorados</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Embudo del proceso</translation>
    </message>
    <message>
        <source>Time in each stage</source>
        <translation>Tiempo en cada etapa</translation>
    </message>
    <message>
        <source>Volunteer load by organisation</source>
        <translation>Carga de voluntarios por organización</translation>
    </message>
    <message>
        <source>Volunteer load by kind</source>
        <translation>Carga de voluntarios por tipo</translation>
    </message>
    <message>
        <source>Outcomes by district</source>
        <translation>Resultados por distrito</translation>
    </message>
    <message>
        <source>Requests by the month they were submitted.</source>
        <translation>Solicitudes según el mes en que se enviaron.</translation>
    </message>
    <message>
        <source>The current screening result of the requests submitted in the period.</source>
        <translation>El resultado actual de la evaluación de las solicitudes enviadas en el periodo.</translation>
    </message>
    <message>
        <source>Why screened-out requests were referred elsewhere; a request can have more than one reason.</source>
        <translation>Por qué las solicitudes no admitidas se derivaron a otro lugar; una solicitud puede tener más de un motivo.</translation>
    </message>
    <message>
        <source>§1B1.13 reasons claimed by families, and the staff assessment of each, for the requests submitted in the period.</source>
        <translation>Motivos del §1B1.13 alegados por las familias, y la valoración del personal de cada uno, en las solicitudes enviadas en el periodo.</translation>
    </message>
    <message>
        <source>Of the requests submitted in the period, how many reached each stage.</source>
        <translation>De las solicitudes enviadas en el periodo, cuántas llegaron a cada etapa.</translation>
    </message>
    <message>
        <source>Days spent in a stage before the next status change (completed stays of requests submitted in the period).</source>
        <translation>Días pasados en una etapa antes del siguiente cambio de estado (estancias terminadas de solicitudes enviadas en el periodo).</translation>
    </message>
    <message>
        <source>Open cases and free places now; placements are assignments made in the period.</source>
        <translation>Casos abiertos y plazas libres ahora; las asignaciones son las hechas en el periodo.</translation>
    </message>
    <message>
        <source>Requests submitted in the period by sentencing district, and the stages they reached.</source>
        <translation>Solicitudes enviadas en el periodo por distrito de condena, y las etapas a las que llegaron.</translation>
    </message>
    <message>
        <source>The report “%1” could not be computed: %2</source>
        <translation>No se pudo calcular el informe «%1»: %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Share (%)</source>
        <translation>Proporción (%)</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Share of screened out (%)</source>
        <translation>Proporción de no admitidas (%)</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Apartado</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>Alegado</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Share of received (%)</source>
        <translation>Proporción de recibidas (%)</translation>
    </message>
    <message>
        <source>Completed stays</source>
        <translation>Estancias terminadas</translation>
    </message>
    <message>
        <source>Median (days)</source>
        <translation>Mediana (días)</translation>
    </message>
    <message>
        <source>90th percentile (days)</source>
        <translation>Percentil 90 (días)</translation>
    </message>
    <message>
        <source>In the stage now</source>
        <translation>En la etapa ahora</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Active volunteers</source>
        <translation>Voluntarios activos</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <source>Open cases now</source>
        <translation>Casos abiertos ahora</translation>
    </message>
    <message>
        <source>Free places</source>
        <translation>Plazas libres</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Asignaciones</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casos</translation>
    </message>
    <message>
        <source>(no organisation)</source>
        <translation>(sin organización)</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Distrito</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Screened out</source>
        <translation>No admitido</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(no indicado)</translation>
    </message>
</context>
<context>
    <name>ch::ReportTableModel</name>
    <message>
        <source>no figure</source>
        <translation>sin cifra</translation>
    </message>
</context>
<context>
    <name>ch::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Primer día del periodo</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Último día del periodo</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Period: this year</source>
        <translation>Periodo: este año</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Period: the last 12 months</source>
        <translation>Periodo: los últimos 12 meses</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el tiempo</translation>
    </message>
    <message>
        <source>Period: all time</source>
        <translation>Periodo: todo el tiempo</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exportar el informe en CSV</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exportar el informe en PDF</translation>
    </message>
    <message>
        <source>Chart of the report</source>
        <translation>Gráfico del informe</translation>
    </message>
    <message>
        <source>The same numbers are in the table beside the chart.</source>
        <translation>Las mismas cifras están en la tabla junto al gráfico.</translation>
    </message>
    <message>
        <source>Numbers of the report</source>
        <translation>Cifras del informe</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Acerca de este informe</translation>
    </message>
    <message>
        <source>Report error</source>
        <translation>Error del informe</translation>
    </message>
    <message>
        <source>The period starts after it ends. Choose a “From” date on or before the “To” date.</source>
        <translation>El periodo empieza después de terminar. Elija una fecha «Desde» igual o anterior a la fecha «Hasta».</translation>
    </message>
    <message>
        <source>%1 Try again; if it keeps failing, make a backup and tell your administrator.</source>
        <translation>%1 Inténtelo de nuevo; si sigue fallando, haga una copia de seguridad y avise a su administrador.</translation>
    </message>
    <message>
        <source>%1 Period: %2.</source>
        <translation>%1 Periodo: %2.</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Exportar informe en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Report not exported</source>
        <translation>Informe no exportado</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exportar informe en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ch::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Choose a backup. It is checked before anything is replaced, and the database you have open now is kept beside it.</source>
        <translation>Elija una copia de seguridad. Se verifica antes de reemplazar nada, y la base de datos que tiene abierta ahora se conserva junto a ella.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Cifrada</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, de la más reciente a la más antigua</translation>
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
        <source>There are no backups in %1 yet.</source>
        <translation>Aún no hay copias de seguridad en %1.</translation>
    </message>
    <message>
        <source>Passphrase of the encrypted backup</source>
        <translation>Frase de contraseña de la copia de seguridad cifrada</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>&amp;Other file…</source>
        <translation>&amp;Otro archivo…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Elija una copia de seguridad</translation>
    </message>
    <message>
        <source>Clearinghouse backups (*.db *.chbackup);;All files (*)</source>
        <translation>Copias de seguridad de Clearinghouse (*.db *.chbackup);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ch::Roles</name>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Volunteer coordinator</source>
        <translation>Coordinador de voluntarios</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Auditor (read only)</source>
        <translation>Auditor (solo lectura)</translation>
    </message>
    <message>
        <source>Enters, imports and screens cases, reads medical and family details, prints packets and letters, exports and backs up.</source>
        <translation>Ingresa, importa y evalúa casos, lee los datos médicos y familiares, imprime expedientes y cartas, exporta y hace copias de seguridad.</translation>
    </message>
    <message>
        <source>Keeps the volunteer roster and matches cases to volunteers; does not see medical and family details.</source>
        <translation>Mantiene la lista de voluntarios y asigna casos a voluntarios; no ve los datos médicos ni familiares.</translation>
    </message>
    <message>
        <source>Everything staff and coordinators do, and manages the users.</source>
        <translation>Todo lo que hacen el personal y los coordinadores, y además administra los usuarios.</translation>
    </message>
    <message>
        <source>Reads cases, their history and the audit trail without medical and family details; changes nothing.</source>
        <translation>Lee los casos, su historial y el registro de auditoría sin los datos médicos ni familiares; no cambia nada.</translation>
    </message>
    <message>
        <source>change cases</source>
        <translation>cambiar casos</translation>
    </message>
    <message>
        <source>see medical and family details</source>
        <translation>ver los datos médicos y familiares</translation>
    </message>
    <message>
        <source>print packets and letters</source>
        <translation>imprimir expedientes y cartas</translation>
    </message>
    <message>
        <source>change the volunteer roster</source>
        <translation>cambiar la lista de voluntarios</translation>
    </message>
    <message>
        <source>match cases to volunteers</source>
        <translation>asignar casos a voluntarios</translation>
    </message>
    <message>
        <source>export data, back up or restore</source>
        <translation>exportar datos, hacer copias de seguridad o restaurar</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>administrar usuarios</translation>
    </message>
    <message>
        <source>Your role (%1) does not allow you to %2. Ask an administrator if you need to.</source>
        <translation>Su función (%1) no le permite %2. Si lo necesita, pídaselo a un administrador.</translation>
    </message>
</context>
<context>
    <name>ch::RosterCommands</name>
    <message>
        <source>Import the volunteer roster from a CSV file with the columns %1. Lists are separated by “;”. Prints a JSON summary; rejected rows are listed with the reason and nothing is written for them.</source>
        <translation>Importar la lista de voluntarios desde un archivo CSV con las columnas %1. Las listas se separan con “;”. Imprime un resumen JSON; las filas rechazadas se listan con el motivo y no se escribe nada de ellas.</translation>
    </message>
    <message>
        <source>The roster as CSV.</source>
        <translation>La lista de voluntarios en CSV.</translation>
    </message>
    <message>
        <source>clearinghouse-cli import-volunteers: give exactly one CSV file.</source>
        <translation>clearinghouse-cli import-volunteers: indique exactamente un archivo CSV.</translation>
    </message>
    <message>
        <source>clearinghouse-cli import-volunteers: %1</source>
        <translation>clearinghouse-cli import-volunteers: %1</translation>
    </message>
    <message numerus="yes">
        <source>clearinghouse-cli import-volunteers: %n row(s) rejected; correct them and import the file again.</source>
        <translation>
            <numerusform>clearinghouse-cli import-volunteers: %n fila rechazada; corríjala y vuelva a importar el archivo.</numerusform>
            <numerusform>clearinghouse-cli import-volunteers: %n filas rechazadas; corríjalas y vuelva a importar el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Match cases to volunteers (domain primer §5). With CASE_ID: the ranked candidates for one case and the volunteers excluded, with the reason. With --batch: a plan for every screened-in case without a volunteer.</source>
        <translation>Asignar voluntarios a casos (guía del dominio, §5). Con CASE_ID: los candidatos ordenados para un caso y los voluntarios excluidos, con el motivo. Con --batch: un plan para cada caso admitido sin voluntario.</translation>
    </message>
    <message>
        <source>The case to match.</source>
        <translation>El caso que se asignará.</translation>
    </message>
    <message>
        <source>Plan every screened-in, unassigned case at once.</source>
        <translation>Planificar a la vez todos los casos admitidos y sin asignar.</translation>
    </message>
    <message>
        <source>With --batch: save the planned assignments.</source>
        <translation>Con --batch: guardar las asignaciones planificadas.</translation>
    </message>
    <message>
        <source>Print JSON (the default is one line per volunteer or assignment).</source>
        <translation>Imprimir JSON (lo predeterminado es una línea por voluntario o asignación).</translation>
    </message>
    <message>
        <source>Judge leave and training as of this date (YYYY-MM-DD; default today).</source>
        <translation>Evaluar licencias y capacitaciones a esta fecha (AAAA-MM-DD; predeterminado: hoy).</translation>
    </message>
    <message>
        <source>clearinghouse-cli match: give one CASE_ID, or --batch.</source>
        <translation>clearinghouse-cli match: indique un CASE_ID o --batch.</translation>
    </message>
    <message>
        <source>clearinghouse-cli match: --apply goes with --batch; assign one case in the program.</source>
        <translation>clearinghouse-cli match: --apply va con --batch; asigne un caso individual en el programa.</translation>
    </message>
    <message>
        <source>clearinghouse-cli match: --as-of takes a date written YYYY-MM-DD, not “%1”.</source>
        <translation>clearinghouse-cli match: --as-of requiere una fecha escrita AAAA-MM-DD, no “%1”.</translation>
    </message>
    <message>
        <source>clearinghouse-cli match: “%1” is not a case number.</source>
        <translation>clearinghouse-cli match: “%1” no es un número de caso.</translation>
    </message>
    <message>
        <source>clearinghouse-cli match: %1</source>
        <translation>clearinghouse-cli match: %1</translation>
    </message>
    <message>
        <source>clearinghouse-cli import-volunteers: warning: %1</source>
        <translation>clearinghouse-cli import-volunteers: aviso: %1</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>excluido</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>sin asignar</translation>
    </message>
</context>
<context>
    <name>ch::RosterPage</name>
    <message>
        <source>Search name or organization</source>
        <translation>Buscar nombre u organización</translation>
    </message>
    <message>
        <source>Search volunteers</source>
        <translation>Buscar voluntarios</translation>
    </message>
    <message>
        <source>Kind filter</source>
        <translation>Filtro de tipo</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
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
        <source>Training expires within</source>
        <translation>La capacitación vence en</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Days until the training expires</source>
        <translation>Días hasta que vence la capacitación</translation>
    </message>
    <message>
        <source>Has capacity</source>
        <translation>Tiene cupo</translation>
    </message>
    <message>
        <source>&amp;Add volunteer…</source>
        <translation>&amp;Agregar voluntario…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Desactivar</translation>
    </message>
    <message>
        <source>Stop offering cases to this volunteer. Their history stays.</source>
        <translation>Dejar de ofrecer casos a este voluntario. Su historial se conserva.</translation>
    </message>
    <message>
        <source>Volunteers</source>
        <translation>Voluntarios</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>Capacitaciones</translation>
    </message>
    <message>
        <source>Trainings that expire soon</source>
        <translation>Capacitaciones que vencen pronto</translation>
    </message>
    <message>
        <source>Training counts for</source>
        <translation>La capacitación vale por</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Months a training counts</source>
        <translation>Meses que vale una capacitación</translation>
    </message>
    <message>
        <source>Roster not loaded</source>
        <translation>Lista de voluntarios no cargada</translation>
    </message>
    <message numerus="yes">
        <source>%n volunteer(s)</source>
        <translation>
            <numerusform>%n voluntario</numerusform>
            <numerusform>%n voluntarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No training expires in the next %n day(s).</source>
        <translation>
            <numerusform>Ninguna capacitación vence en el próximo %n día.</numerusform>
            <numerusform>Ninguna capacitación vence en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expired or expiring in the next %n day(s):</source>
        <translation>
            <numerusform>Vencidas o que vencen en el próximo %n día:</numerusform>
            <numerusform>Vencidas o que vencen en los próximos %n días:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no training recorded</source>
        <translation>%1: no hay capacitación registrada</translation>
    </message>
    <message>
        <source>%1: expired %2</source>
        <translation>%1: venció el %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: valid until %2 (%n day(s) left)</source>
        <translation>
            <numerusform>%1: vigente hasta el %2 (queda %n día)</numerusform>
            <numerusform>%1: vigente hasta el %2 (quedan %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
    <message>
        <source>Volunteer not opened</source>
        <translation>Voluntario no abierto</translation>
    </message>
    <message numerus="yes">
        <source>Deactivate %1? They will not be offered new cases. Their %n open case(s) stay assigned until you unassign them; their history is kept.</source>
        <translation>
            <numerusform>¿Desactivar a %1? No se le ofrecerán casos nuevos. Su %n caso abierto sigue asignado hasta que lo desasigne; su historial se conserva.</numerusform>
            <numerusform>¿Desactivar a %1? No se le ofrecerán casos nuevos. Sus %n casos abiertos siguen asignados hasta que los desasigne; su historial se conserva.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deactivate %1? They will not be offered new cases; their history is kept.</source>
        <translation>¿Desactivar a %1? No se le ofrecerán casos nuevos; su historial se conserva.</translation>
    </message>
    <message>
        <source>Deactivate volunteer</source>
        <translation>Desactivar voluntario</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Volunteer not deactivated</source>
        <translation>Voluntario no desactivado</translation>
    </message>
</context>
<context>
    <name>ch::RosterSettings</name>
    <message>
        <source>A training must count for between 1 and 120 months; %1 is outside that.</source>
        <translation>Una capacitación debe valer entre 1 y 120 meses; %1 está fuera de ese rango.</translation>
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
    <name>ch::ScreeningPanel</name>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Alcanzada</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <source>%1, after projected release</source>
        <translation>%1, después de la liberación prevista</translation>
    </message>
    <message>
        <source>Screen again &amp;today</source>
        <translation>Evaluar de nuevo &amp;hoy</translation>
    </message>
    <message>
        <source>Screens this case again as of today and keeps the earlier result in the history.</source>
        <translation>Vuelve a evaluar este caso a la fecha de hoy y conserva el resultado anterior en el historial.</translation>
    </message>
    <message>
        <source>Not screened</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <source>The case could not be screened again: %1</source>
        <translation>No se pudo volver a evaluar el caso: %1</translation>
    </message>
    <message>
        <source>Exhaustion: when a motion may be filed</source>
        <translation>Agotamiento: cuándo se puede presentar una moción</translation>
    </message>
    <message>
        <source>Missing answers</source>
        <translation>Respuestas faltantes</translation>
    </message>
    <message>
        <source>Needed to screen:</source>
        <translation>Necesarias para la evaluación inicial:</translation>
    </message>
    <message>
        <source>Needed for the dates:</source>
        <translation>Necesarias para las fechas:</translation>
    </message>
    <message>
        <source>Referral for the family</source>
        <translation>Derivación para la familia</translation>
    </message>
    <message>
        <source>This request is outside what the Clearinghouse handles. Send the family this text:</source>
        <translation>Esta solicitud está fuera de lo que atiende Clearinghouse. Envíe a la familia este texto:</translation>
    </message>
    <message>
        <source>Language of the referral</source>
        <translation>Idioma de la derivación</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>&amp;Copy text</source>
        <translation>&amp;Copiar texto</translation>
    </message>
    <message>
        <source>Referral text</source>
        <translation>Texto de derivación</translation>
    </message>
    <message>
        <source>Key dates under USSG §1B1.13</source>
        <translation>Fechas clave según USSG §1B1.13</translation>
    </message>
    <message>
        <source>BOP Program Statement 5050.50 (warden stage)</source>
        <translation>BOP Program Statement 5050.50 (etapa ante el director del centro penitenciario)</translation>
    </message>
    <message>
        <source>Show the &amp;BOP Program Statement 5050.50 criteria beside the USSG view</source>
        <translation>Mostrar los criterios del &amp;BOP Program Statement 5050.50 junto a la vista de USSG</translation>
    </message>
    <message>
        <source>The BOP applies its own, stricter criteria when the warden decides a request.</source>
        <translation>El BOP aplica sus propios criterios, más estrictos, cuando el director del centro penitenciario decide una solicitud.</translation>
    </message>
    <message>
        <source>Contested reasons and warnings</source>
        <translation>Motivos controvertidos y advertencias</translation>
    </message>
    <message>
        <source>Earlier results</source>
        <translation>Resultados anteriores</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>A la fecha</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>Conjunto de reglas</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>There is no screening result for this case yet. Save the case to screen it.</source>
        <translation>Aún no hay resultado de evaluación inicial para este caso. Guarde el caso para evaluarlo.</translation>
    </message>
    <message>
        <source>Screened out because: %1.</source>
        <translation>No admitido porque: %1.</translation>
    </message>
    <message>
        <source>No gate failed, but an answer the gates need is missing or unknown.</source>
        <translation>Ningún criterio falló, pero falta o se desconoce una respuesta que los criterios necesitan.</translation>
    </message>
    <message>
        <source>Federal, a compassionate-release request, sentenced and in custody.</source>
        <translation>Federal, una solicitud de liberación compasiva, con sentencia y bajo custodia.</translation>
    </message>
    <message>
        <source>Rule set %1 (in effect from %2) · screened as of %3 · recorded %4</source>
        <translation>Conjunto de reglas %1 (vigente desde %2) · evaluado al %3 · registrado %4</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Aún sin fecha</translation>
    </message>
    <message>
        <source>Ripe since %1</source>
        <translation>Cumplido desde el %1</translation>
    </message>
    <message>
        <source>Ripe on %1</source>
        <translation>Se cumple el %1</translation>
    </message>
    <message>
        <source>%1 was claimed. %2</source>
        <translation>Se alegó %1. %2</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>contested</source>
        <translation>controvertido</translation>
    </message>
    <message>
        <source>In the sentencing circuit (circuit %1) it has been %2. %3</source>
        <translation>En el circuito de la sentencia (circuito %1) ha sido %2. %3</translation>
    </message>
    <message>
        <source>The sentencing district is not known, so the circuit&apos;s law cannot be checked.</source>
        <translation>No se conoce el distrito de la sentencia, así que no se puede revisar la jurisprudencia del circuito.</translation>
    </message>
    <message>
        <source>No ruling of the sentencing circuit (circuit %1) is recorded in the rule set.</source>
        <translation>El conjunto de reglas no registra ningún fallo del circuito de la sentencia (circuito %1).</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>Open the intake form at “%1”</source>
        <translation>Abrir el formulario de admisión en “%1”</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>falta %1</translation>
    </message>
    <message>
        <source>The current result</source>
        <translation>El resultado actual</translation>
    </message>
</context>
<context>
    <name>ch::ScreeningQueueModel</name>
    <message>
        <source>Missing: %1</source>
        <translation>Falta: %1</translation>
    </message>
    <message>
        <source>Send referral: %1</source>
        <translation>Enviar derivación: %1</translation>
    </message>
    <message>
        <source>Ready for a reviewer</source>
        <translation>Listo para un revisor</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>Next key date</source>
        <translation>Próxima fecha clave</translation>
    </message>
    <message>
        <source>Which date</source>
        <translation>Qué fecha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Screened as of</source>
        <translation>Evaluado al</translation>
    </message>
</context>
<context>
    <name>ch::ScreeningQueuePage</name>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>Todos los resultados</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>Falta información</translation>
    </message>
    <message>
        <source>Screened in</source>
        <translation>Admitido</translation>
    </message>
    <message>
        <source>Screened out, referral to send</source>
        <translation>No admitido, derivación por enviar</translation>
    </message>
    <message>
        <source>Only cases &amp;waiting for a decision</source>
        <translation>Solo casos en &amp;espera de una decisión</translation>
    </message>
    <message>
        <source>Cases whose status is received, screening or needs information.</source>
        <translation>Casos cuyo estado es recibido, en evaluación inicial o falta información.</translation>
    </message>
    <message>
        <source>&amp;Re-screen all…</source>
        <translation>&amp;Volver a evaluar todos…</translation>
    </message>
    <message>
        <source>Screen every case again as of today. Earlier results stay in each case&apos;s history.</source>
        <translation>Volver a evaluar todos los casos a la fecha de hoy. Los resultados anteriores quedan en el historial de cada caso.</translation>
    </message>
    <message>
        <source>Screening queue</source>
        <translation>Cola de evaluación inicial</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>No se pudo leer la cola: %1</translation>
    </message>
    <message>
        <source>Needs information: %1 · Screened in: %2 · Screened out: %3</source>
        <translation>Falta información: %1 · Admitidos: %2 · No admitidos: %3</translation>
    </message>
    <message>
        <source>Screening every case again as of today…</source>
        <translation>Evaluando de nuevo todos los casos a la fecha de hoy…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Re-screen all</source>
        <translation>Volver a evaluar todos</translation>
    </message>
    <message>
        <source>Re-screening stopped</source>
        <translation>Reevaluación detenida</translation>
    </message>
    <message>
        <source>Not every case could be screened again: %1 The cases done so far are saved.</source>
        <translation>No se pudieron volver a evaluar todos los casos: %1 Los casos hechos hasta ahora están guardados.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %1 of %n case(s).</source>
        <translation>
            <numerusform>Detenido después de %1 de %n caso.</numerusform>
            <numerusform>Detenido después de %1 de %n casos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Screened %n case(s) again as of today.</source>
        <translation>
            <numerusform>Se volvió a evaluar %n caso a la fecha de hoy.</numerusform>
            <numerusform>Se volvieron a evaluar %n casos a la fecha de hoy.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ch::ScreeningResult</name>
    <message>
        <source>Screened in</source>
        <translation>Admitido</translation>
    </message>
    <message>
        <source>Screened out</source>
        <translation>No admitido</translation>
    </message>
    <message>
        <source>Needs information</source>
        <translation>Falta información</translation>
    </message>
    <message>
        <source>Not a federal case</source>
        <translation>No es un caso federal</translation>
    </message>
    <message>
        <source>Not a request for compassionate release</source>
        <translation>No es una solicitud de liberación compasiva</translation>
    </message>
    <message>
        <source>Not sentenced yet</source>
        <translation>Aún sin sentencia</translation>
    </message>
    <message>
        <source>No longer in custody</source>
        <translation>Ya no está bajo custodia</translation>
    </message>
</context>
<context>
    <name>ch::ServerAddress</name>
    <message>
        <source>“%1” is not a server address: %2 Write it as postgresql://user@host:5432/database.</source>
        <translation>“%1” no es una dirección de servidor: %2 Escríbala así: postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>it must start with postgresql://.</source>
        <translation>debe comenzar por postgresql://.</translation>
    </message>
    <message>
        <source>it names no host.</source>
        <translation>no indica ningún servidor (host).</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535.</source>
        <translation>el puerto debe ser un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>it names no database (the part after the last “/”).</source>
        <translation>no indica ninguna base de datos (la parte después de la última “/”).</translation>
    </message>
    <message>
        <source>it names no user (the part before “@”).</source>
        <translation>no indica ningún usuario (la parte antes de “@”).</translation>
    </message>
    <message>
        <source>sslmode must be one of %1.</source>
        <translation>sslmode debe ser uno de estos: %1.</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds from 1 to 600.</source>
        <translation>connect_timeout debe ser un número de segundos de 1 a 600.</translation>
    </message>
    <message>
        <source>the option “%1” is not known (sslmode and connect_timeout are).</source>
        <translation>no se reconoce la opción “%1” (se admiten sslmode y connect_timeout).</translation>
    </message>
    <message>
        <source>it cannot be read as an address.</source>
        <translation>no se puede leer como dirección.</translation>
    </message>
</context>
<context>
    <name>ch::ServerConnectionDialog</name>
    <message>
        <source>Connect to shared database</source>
        <translation>Conectar a base de datos compartida</translation>
    </message>
    <message>
        <source>A team works in one database on a PostgreSQL server. Ask its administrator for these details.</source>
        <translation>Un equipo trabaja en una misma base de datos en un servidor PostgreSQL. Pida estos datos a su administrador.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Puert&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Encryption (sslmode):</source>
        <translation>C&amp;ifrado (sslmode):</translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation>Nombre del servidor</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>p. ej., db.example.org</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Puerto del servidor</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nombre de la base de datos</translation>
    </message>
    <message>
        <source>User name on the server</source>
        <translation>Nombre de usuario en el servidor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Empty: from the password file</source>
        <translation>Vacía: del archivo de contraseñas</translation>
    </message>
    <message>
        <source>The password is used for this session only and never stored. Leave it empty to use the password file named by PGPASSFILE (else ~/.pgpass).</source>
        <translation>La contraseña se usa solo en esta sesión y nunca se guarda. Déjela vacía para usar el archivo de contraseñas indicado por PGPASSFILE (si no, ~/.pgpass).</translation>
    </message>
    <message>
        <source>Encryption of the connection (sslmode)</source>
        <translation>Cifrado de la conexión (sslmode)</translation>
    </message>
    <message>
        <source>require and stronger encrypt the connection; verify-full also checks the server&apos;s certificate. Use what the administrator says.</source>
        <translation>require y los modos más estrictos cifran la conexión; verify-full además comprueba el certificado del servidor. Use lo que le indique el administrador.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>Enter the name (or address) of the server.</source>
        <translation>Escriba el nombre (o la dirección) del servidor.</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server.</source>
        <translation>Escriba el nombre de la base de datos en el servidor.</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>Escriba su nombre de usuario en el servidor.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>The server answered: %1 can be used.</source>
        <translation>El servidor respondió: se puede usar %1.</translation>
    </message>
</context>
<context>
    <name>ch::ServerLogin</name>
    <message>
        <source>%1 takes a server address written postgresql://user@host:port/database, not “%2”.</source>
        <translation>%1 requiere una dirección de servidor escrita así: postgresql://user@host:port/database, no “%2”.</translation>
    </message>
    <message>
        <source>%1 must not contain a password, which other users of this computer could read. Put it in a password file named by PGPASSFILE (or ~/.pgpass), or pass it with --password-stdin.</source>
        <translation>%1 no debe contener una contraseña, ya que otros usuarios de esta computadora podrían leerla. Póngala en un archivo de contraseñas indicado por PGPASSFILE (o en ~/.pgpass), o pásela con --password-stdin.</translation>
    </message>
    <message>
        <source>--password-stdin found no password: give it as the first line of the input.</source>
        <translation>--password-stdin no encontró ninguna contraseña: escríbala en la primera línea de la entrada.</translation>
    </message>
    <message>
        <source>Password for %1 at %2: </source>
        <translation>Contraseña de %1 en %2: </translation>
    </message>
</context>
<context>
    <name>ch::ServerRoles</name>
    <message>
        <source>Your user on the server may not create or change server users: it needs the CREATEROLE right. Ask the server&apos;s administrator to grant it (ALTER ROLE … CREATEROLE), then try again.</source>
        <translation>Su usuario en el servidor no puede crear ni modificar usuarios del servidor: necesita el permiso CREATEROLE. Pida al administrador del servidor que se lo conceda (ALTER ROLE … CREATEROLE) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server did not build the statement.</source>
        <translation>El servidor no pudo preparar la instrucción.</translation>
    </message>
    <message>
        <source>The server connection cannot hash a password.</source>
        <translation>La conexión con el servidor no puede cifrar una contraseña.</translation>
    </message>
    <message>
        <source>The password could not be prepared for the server: %1</source>
        <translation>No se pudo preparar la contraseña para el servidor: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be a login on a shared database: names beginning with ch_ are the program&apos;s own, and the server allows at most 63 bytes.</source>
        <translation>“%1” no puede ser un nombre de usuario en una base de datos compartida: los nombres que empiezan por ch_ son del propio programa, y el servidor admite como máximo 63 bytes.</translation>
    </message>
    <message>
        <source>The server already has a user “%1” that does not belong to this database. Choose another login, or ask the server&apos;s administrator.</source>
        <translation>El servidor ya tiene un usuario “%1” que no pertenece a esta base de datos. Elija otro nombre de usuario o consulte al administrador del servidor.</translation>
    </message>
</context>
<context>
    <name>ch::Session</name>
    <message>
        <source>The user “%1” has been deactivated in this database. Ask an administrator to activate it again.</source>
        <translation>El usuario “%1” fue desactivado en esta base de datos. Pida a un administrador que lo vuelva a activar.</translation>
    </message>
    <message>
        <source>“%1” is not a user of this database. Ask an administrator to add you (Users… in the File menu, or clearinghouse-cli users add).</source>
        <translation>“%1” no es usuario de esta base de datos. Pida a un administrador que lo añada (Usuarios… en el menú Archivo, o clearinghouse-cli users add).</translation>
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
    <message>
        <source>The database file could not be read or written (the disk may be full, failing or disconnected). Nothing was saved; check the disk and try again.</source>
        <translation>No se pudo leer ni escribir el archivo de la base de datos (el disco puede estar lleno, fallando o desconectado). No se guardó nada; revise el disco e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The server&apos;s disk is full. Nothing was saved; ask the administrator to free some space.</source>
        <translation>El disco del servidor está lleno. No se guardó nada; pida al administrador que libere espacio.</translation>
    </message>
    <message>
        <source>The connection to the shared database was lost or the server is unavailable. Nothing was saved; check the network and try again.</source>
        <translation>Se perdió la conexión con la base de datos compartida o el servidor no está disponible. No se guardó nada; revise la red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your user on the server may not make this change. Ask the administrator for the role it needs.</source>
        <translation>Su usuario en el servidor no puede hacer este cambio. Pida al administrador el rol que necesita.</translation>
    </message>
    <message>
        <source>The shared database reported damage. Ask the administrator to restore it from a backup.</source>
        <translation>La base de datos compartida informó de daños. Pida al administrador que la restaure desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>ch::UserCommands</name>
    <message>
        <source>clearinghouse-cli users: %1</source>
        <translation>clearinghouse-cli users: %1</translation>
    </message>
    <message>
        <source>List, add or change the users of this database and their roles (staff, coordinator, admin, auditor). Adding and changing need an administrator.</source>
        <translation>Listar, añadir o cambiar los usuarios de esta base de datos y sus funciones (staff, coordinator, admin, auditor). Para añadir y cambiar hace falta un administrador.</translation>
    </message>
    <message>
        <source>list, add or set.</source>
        <translation>list, add o set.</translation>
    </message>
    <message>
        <source>The user&apos;s login (for add and set).</source>
        <translation>El nombre de usuario (para add y set).</translation>
    </message>
    <message>
        <source>staff, coordinator, admin or auditor.</source>
        <translation>staff, coordinator, admin o auditor.</translation>
    </message>
    <message>
        <source>The name people read.</source>
        <translation>El nombre que leen las personas.</translation>
    </message>
    <message>
        <source>yes or no: whether the user may use the program.</source>
        <translation>yes o no: si el usuario puede usar el programa.</translation>
    </message>
    <message>
        <source>Print the list as JSON.</source>
        <translation>Imprimir la lista como JSON.</translation>
    </message>
    <message>
        <source>say list, add or set.</source>
        <translation>indique list, add o set.</translation>
    </message>
    <message>
        <source>list takes no login.</source>
        <translation>list no lleva nombre de usuario.</translation>
    </message>
    <message>
        <source>%1 takes exactly one login.</source>
        <translation>%1 lleva exactamente un nombre de usuario.</translation>
    </message>
    <message>
        <source>--role is staff, coordinator, admin or auditor, not “%1”.</source>
        <translation>--role es staff, coordinator, admin o auditor, no “%1”.</translation>
    </message>
    <message>
        <source>add needs --role.</source>
        <translation>add necesita --role.</translation>
    </message>
    <message>
        <source>--active is yes or no.</source>
        <translation>--active es yes o no.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>there is no user “%1”.</source>
        <translation>no existe el usuario “%1”.</translation>
    </message>
    <message>
        <source>Shared database: read the user&apos;s server password from the next line of standard input (after the connection&apos;s own with --password-stdin). A new user of a shared database needs one.</source>
        <translation>Base de datos compartida: leer la contraseña del servidor del usuario de la siguiente línea de la entrada estándar (después de la de la propia conexión, con --password-stdin). Un usuario nuevo de una base de datos compartida necesita una.</translation>
    </message>
    <message>
        <source>--new-password-stdin found no password on standard input.</source>
        <translation>--new-password-stdin no encontró ninguna contraseña en la entrada estándar.</translation>
    </message>
    <message>
        <source>a new user of a shared database needs a server password: give --new-password-stdin.</source>
        <translation>un usuario nuevo de una base de datos compartida necesita una contraseña del servidor: indique --new-password-stdin.</translation>
    </message>
</context>
<context>
    <name>ch::UserListModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>ch::UserRepository</name>
    <message>
        <source>A user needs a login (the account name).</source>
        <translation>Un usuario necesita un nombre de usuario (el nombre de la cuenta).</translation>
    </message>
    <message>
        <source>“%1” is not a login: use 1 to 64 letters, digits, dots, hyphens, underscores or @.</source>
        <translation>“%1” no es un nombre de usuario válido: use de 1 a 64 letras, dígitos, puntos, guiones, guiones bajos o @.</translation>
    </message>
    <message>
        <source>There is already a user “%1”. Change that user instead.</source>
        <translation>Ya existe un usuario “%1”. Cambie ese usuario en su lugar.</translation>
    </message>
    <message>
        <source>User %1 does not exist.</source>
        <translation>El usuario %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is the only active administrator. Make someone else an administrator first, so that somebody can still manage the users.</source>
        <translation>%1 es el único administrador activo. Primero nombre administrador a otra persona, para que alguien pueda seguir administrando los usuarios.</translation>
    </message>
</context>
<context>
    <name>ch::UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>The people who use this database and what their role lets them do. A user who leaves is deactivated, not deleted, so that the audit trail keeps their name. Each person signs in with their own account: the login is that account&apos;s name.</source>
        <translation>Las personas que usan esta base de datos y lo que su función les permite hacer. Un usuario que se va se desactiva, no se borra, para que el registro de auditoría conserve su nombre. Cada persona entra con su propia cuenta: el nombre de usuario es el nombre de esa cuenta.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <source>&amp;Active (may use the program)</source>
        <translation>&amp;Activo (puede usar el programa)</translation>
    </message>
    <message>
        <source>&amp;New user</source>
        <translation>&amp;Nuevo usuario</translation>
    </message>
    <message>
        <source>&amp;Save user</source>
        <translation>&amp;Guardar usuario</translation>
    </message>
    <message>
        <source>The people who use this shared database and what their role lets them do. Each person connects as a server user of their own, which the program creates with the password given here; the server then enforces the role. A user who leaves is deactivated (they can no longer connect), not deleted, so that the audit trail keeps their name.</source>
        <translation>Las personas que usan esta base de datos compartida y lo que su rol les permite hacer. Cada persona se conecta con su propio usuario del servidor, que el programa crea con la contraseña indicada aquí; después, el servidor hace cumplir el rol. Un usuario que se va se desactiva (ya no puede conectarse), no se elimina, para que el registro de auditoría conserve su nombre.</translation>
    </message>
    <message>
        <source>Server &amp;password:</source>
        <translation>Contraseña del &amp;servidor:</translation>
    </message>
    <message>
        <source>Required for a new user of the shared database</source>
        <translation>Obligatoria para un usuario nuevo de la base de datos compartida</translation>
    </message>
    <message>
        <source>Leave empty to keep the current password</source>
        <translation>Déjela vacía para conservar la contraseña actual</translation>
    </message>
    <message>
        <source>The password this person types to connect to the shared database. It is set on the server and never stored by Clearinghouse.</source>
        <translation>La contraseña que esta persona escribe para conectarse a la base de datos compartida. Se establece en el servidor y Clearinghouse nunca la guarda.</translation>
    </message>
    <message>
        <source>Give the new user a password for the shared database: they connect with it.</source>
        <translation>Asigne al usuario nuevo una contraseña para la base de datos compartida: la usará para conectarse.</translation>
    </message>
</context>
<context>
    <name>ch::Volunteer</name>
    <message>
        <source>Large firm</source>
        <translation>Bufete grande</translation>
    </message>
    <message>
        <source>Small-firm defense</source>
        <translation>Defensa en bufete pequeño</translation>
    </message>
    <message>
        <source>Law clinic student</source>
        <translation>Estudiante de clínica jurídica</translation>
    </message>
    <message>
        <source>Solo practitioner</source>
        <translation>Abogado independiente</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
</context>
<context>
    <name>ch::VolunteerDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>Add volunteer</source>
        <translation>Agregar voluntario</translation>
    </message>
    <message>
        <source>No supervisor</source>
        <translation>Sin supervisor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>NY; MA</source>
        <translation>NY; MA</translation>
    </message>
    <message>
        <source>nysd; S.D.N.Y.; Eastern District of New York</source>
        <translation>nysd; S.D.N.Y.; Eastern District of New York</translation>
    </message>
    <message>
        <source> open cases</source>
        <translation> casos abiertos</translation>
    </message>
    <message>
        <source>Takes new cases</source>
        <translation>Toma casos nuevos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>Or&amp;ganización:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Ti&amp;po:</translation>
    </message>
    <message>
        <source>&amp;Supervisor:</source>
        <translation>&amp;Supervisor:</translation>
    </message>
    <message>
        <source>&amp;Bar admissions:</source>
        <translation>&amp;Admisiones en colegios de abogados:</translation>
    </message>
    <message>
        <source>&amp;Districts:</source>
        <translation>&amp;Distritos:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>C&amp;upo:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Idiomas:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>One per line: 2026-03-01 Compassionate release fundamentals</source>
        <translation>Una por línea: 2026-03-01 Fundamentos de liberación compasiva</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty</source>
        <translation>AAAA-MM-DD, o vacío</translation>
    </message>
    <message>
        <source>One per line: first day, last day, note</source>
        <translation>Uno por línea: primer día, último día, nota</translation>
    </message>
    <message>
        <source>Names or organizations, one per line</source>
        <translation>Nombres u organizaciones, uno por línea</translation>
    </message>
    <message>
        <source>E&amp;xpertise:</source>
        <translation>E&amp;xperiencia:</translation>
    </message>
    <message>
        <source>&amp;Trainings:</source>
        <translation>Capacitacion&amp;es:</translation>
    </message>
    <message>
        <source>On leave &amp;until:</source>
        <translation>De licencia &amp;hasta:</translation>
    </message>
    <message>
        <source>Leave &amp;periods:</source>
        <translation>Pe&amp;ríodos de licencia:</translation>
    </message>
    <message>
        <source>Con&amp;flicts:</source>
        <translation>Con&amp;flictos:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>A law-clinic student works under an attorney from the roster.</source>
        <translation>Un estudiante de clínica jurídica trabaja bajo la supervisión de un abogado de la lista de voluntarios.</translation>
    </message>
    <message>
        <source>Trainings: “%1” does not start with a date written YYYY-MM-DD.</source>
        <translation>Capacitaciones: “%1” no comienza con una fecha escrita AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Leave periods: “%1” needs a first and a last day written YYYY-MM-DD.</source>
        <translation>Períodos de licencia: “%1” necesita un primer y un último día escritos AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>On leave until: “%1” is not a date written YYYY-MM-DD.</source>
        <translation>De licencia hasta: “%1” no es una fecha escrita AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Trainings:</source>
        <translation>Capacitaciones:</translation>
    </message>
    <message>
        <source>Leave periods:</source>
        <translation>Períodos de licencia:</translation>
    </message>
    <message>
        <source>The volunteer was not saved: %1</source>
        <translation>No se guardó el voluntario: %1</translation>
    </message>
</context>
<context>
    <name>ch::VolunteerImporter</name>
    <message>
        <source>The file %1 cannot be read: %2. Check the name and try again.</source>
        <translation>No se puede leer el archivo %1: %2. Revise el nombre e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is empty. A roster file starts with a header row naming the columns.</source>
        <translation>%1 está vacío. Un archivo de lista de voluntarios comienza con una fila de encabezado que nombra las columnas.</translation>
    </message>
    <message>
        <source>%1 cannot be read as CSV: %2</source>
        <translation>%1 no se puede leer como CSV: %2</translation>
    </message>
    <message>
        <source>%1 has no “%2” column. The columns are: %3.</source>
        <translation>%1 no tiene una columna “%2”. Las columnas son: %3.</translation>
    </message>
    <message>
        <source>Row 1 is the header, as a spreadsheet shows it.</source>
        <translation>La fila 1 es el encabezado, tal como la muestra una hoja de cálculo.</translation>
    </message>
    <message>
        <source>The value is not UTF-8 text. Save the file as UTF-8 and import it again.</source>
        <translation>El valor no es texto UTF-8. Guarde el archivo como UTF-8 y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>“%1” is not a date written YYYY-MM-DD.</source>
        <translation>“%1” no es una fecha escrita AAAA-MM-DD.</translation>
    </message>
    <message>
        <source>Volunteer training</source>
        <translation>Capacitación de voluntarios</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of cases.</source>
        <translation>“%1” no es un número entero de casos.</translation>
    </message>
    <message>
        <source>“%1” is not yes or no.</source>
        <translation>“%1” no es yes ni no.</translation>
    </message>
    <message>
        <source>%1 cannot be read to the end: %2</source>
        <translation>%1 no se puede leer hasta el final: %2</translation>
    </message>
    <message>
        <source>The supervisor “%1” is not on the roster.</source>
        <translation>El supervisor “%1” no está en la lista de voluntarios.</translation>
    </message>
    <message>
        <source>A law-clinic student needs a supervising attorney from the roster.</source>
        <translation>Un estudiante de clínica jurídica necesita un abogado supervisor de la lista de voluntarios.</translation>
    </message>
    <message>
        <source>Column %1 repeats “%2”; only the first one was read.</source>
        <translation>La columna %1 repite “%2”; solo se leyó la primera.</translation>
    </message>
    <message>
        <source>Column %1 has no name in the header row and was not read.</source>
        <translation>La columna %1 no tiene nombre en la fila de encabezado y no se leyó.</translation>
    </message>
    <message>
        <source>Column %1, “%2”, is not a roster column and was not read. The columns are: %3.</source>
        <translation>La columna %1, “%2”, no es una columna de la lista de voluntarios y no se leyó. Las columnas son: %3.</translation>
    </message>
</context>
<context>
    <name>ch::VolunteerListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>No training</source>
        <translation>Sin capacitación</translation>
    </message>
    <message>
        <source>Expired %1</source>
        <translation>Venció el %1</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Hasta el %1</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>De licencia</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message numerus="yes">
        <source>Last training %1; training counts for %n month(s).</source>
        <translation>
            <numerusform>Última capacitación: %1; la capacitación vale por %n mes.</numerusform>
            <numerusform>Última capacitación: %1; la capacitación vale por %n meses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Distritos</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Experiencia</translation>
    </message>
</context>
<context>
    <name>ch::VolunteerRepository</name>
    <message>
        <source>There is no volunteer %1.</source>
        <translation>No existe el voluntario %1.</translation>
    </message>
    <message>
        <source>Someone else changed %1 while you were editing. Reopen the entry and make your changes again.</source>
        <translation>Otra persona cambió %1 mientras usted editaba. Vuelva a abrir la ficha y haga sus cambios de nuevo.</translation>
    </message>
    <message>
        <source>Someone else changed %1 in the meantime. Look at the entry again before deactivating it.</source>
        <translation>Otra persona cambió %1 mientras tanto. Revise la ficha de nuevo antes de desactivarla.</translation>
    </message>
</context>
<context>
    <name>ch::VolunteerValidator</name>
    <message>
        <source>A volunteer needs a name.</source>
        <translation>Un voluntario necesita un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of volunteer. Choose one from the list.</source>
        <translation>“%1” no es un tipo de voluntario. Elija uno de la lista.</translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation>El cupo no puede ser negativo.</translation>
    </message>
    <message>
        <source>A capacity of %1 open cases is more than anyone can carry; enter at most 100.</source>
        <translation>Un cupo de %1 casos abiertos es más de lo que alguien puede atender; ingrese como máximo 100.</translation>
    </message>
    <message>
        <source>“%1” is not an email address.</source>
        <translation>“%1” no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>A law-clinic student needs a supervising attorney from the roster.</source>
        <translation>Un estudiante de clínica jurídica necesita un abogado supervisor de la lista de voluntarios.</translation>
    </message>
    <message>
        <source>A student cannot supervise themselves. Choose an attorney from the roster.</source>
        <translation>Un estudiante no puede supervisarse a sí mismo. Elija un abogado de la lista de voluntarios.</translation>
    </message>
    <message>
        <source>The supervising attorney (volunteer %1) is not on the roster.</source>
        <translation>El abogado supervisor (voluntario %1) no está en la lista de voluntarios.</translation>
    </message>
    <message>
        <source>%1 is a student too; a supervisor must be an attorney.</source>
        <translation>%1 también es estudiante; un supervisor debe ser abogado.</translation>
    </message>
    <message>
        <source>“%1” is not a state code (such as NY or TX).</source>
        <translation>“%1” no es un código de estado (como NY o TX).</translation>
    </message>
    <message>
        <source>“%1” is not a federal district court. Use a code such as nysd.</source>
        <translation>“%1” no es un tribunal federal de distrito. Use un código como nysd.</translation>
    </message>
    <message>
        <source>“%1” is not a reason code (such as terminal_illness or age).</source>
        <translation>“%1” no es un código de motivo (como terminal_illness o age).</translation>
    </message>
    <message>
        <source>Every training needs the date it was completed.</source>
        <translation>Cada capacitación necesita la fecha en que se completó.</translation>
    </message>
    <message>
        <source>The training on %1 lies in the future.</source>
        <translation>La capacitación del %1 está en el futuro.</translation>
    </message>
    <message>
        <source>Every training needs the name of the course.</source>
        <translation>Cada capacitación necesita el nombre del curso.</translation>
    </message>
    <message>
        <source>A leave period needs a first and a last day.</source>
        <translation>Un período de licencia necesita un primer y un último día.</translation>
    </message>
    <message>
        <source>The leave from %1 ends before it starts.</source>
        <translation>La licencia del %1 termina antes de comenzar.</translation>
    </message>
</context>
<context>
    <name>ch::WorkQueueModel</name>
    <message>
        <source>%1 (urgent)</source>
        <translation>%1 (urgente)</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Why it is here</source>
        <translation>Por qué está aquí</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Days waited</source>
        <translation>Días de espera</translation>
    </message>
</context>
<context>
    <name>ch::WorkQueues</name>
    <message>
        <source>New submissions to screen</source>
        <translation>Nuevas solicitudes para evaluación inicial</translation>
    </message>
    <message>
        <source>Needing information</source>
        <translation>Falta información</translation>
    </message>
    <message>
        <source>Waiting for a volunteer</source>
        <translation>En espera de un voluntario</translation>
    </message>
    <message>
        <source>Ready to file, or soon</source>
        <translation>Listos para presentar, o pronto</translation>
    </message>
    <message>
        <source>Turning 65 or 10 years served soon</source>
        <translation>Cumplen 65 años o 10 años cumplidos pronto</translation>
    </message>
    <message>
        <source>Assignments without news</source>
        <translation>Asignaciones sin novedades</translation>
    </message>
    <message>
        <source>Trainings expiring</source>
        <translation>Capacitaciones que vencen</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Seguimientos que vencen</translation>
    </message>
    <message>
        <source>Received requests nobody has screened yet, oldest first.</source>
        <translation>Solicitudes recibidas que nadie ha evaluado todavía; las más antiguas primero.</translation>
    </message>
    <message>
        <source>Screening is waiting for answers from the family; longest wait first.</source>
        <translation>La evaluación inicial espera respuestas de la familia; la espera más larga primero.</translation>
    </message>
    <message>
        <source>Screened-in cases with no volunteer; terminal illness first.</source>
        <translation>Casos admitidos sin voluntario; enfermedad terminal primero.</translation>
    </message>
    <message>
        <source>The 30 days after the warden&apos;s receipt have passed, or pass within 14 days.</source>
        <translation>Pasaron los 30 días desde la recepción por el director del centro penitenciario, o pasan dentro de 14 días.</translation>
    </message>
    <message>
        <source>People who turn 65 or reach 10 years served within 90 days: a new reason may open.</source>
        <translation>Personas que cumplen 65 años o 10 años cumplidos de condena dentro de 90 días: puede abrirse un nuevo motivo.</translation>
    </message>
    <message>
        <source>Cases with a volunteer and no change for 30 days.</source>
        <translation>Casos con voluntario y sin cambios durante 30 días.</translation>
    </message>
    <message>
        <source>Active volunteers whose training expires within 60 days.</source>
        <translation>Voluntarios activos cuya capacitación vence dentro de 60 días.</translation>
    </message>
    <message>
        <source>Open follow-ups due within 7 days; overdue ones first, in bold.</source>
        <translation>Seguimientos abiertos que vencen dentro de 7 días; los vencidos primero, en negrita.</translation>
    </message>
    <message>
        <source>Received; the rules screen it in.</source>
        <translation>Recibido; las reglas lo admiten.</translation>
    </message>
    <message>
        <source>Received; the rules screen it out (refer the family).</source>
        <translation>Recibido; las reglas no lo admiten (derive a la familia).</translation>
    </message>
    <message>
        <source>Received; answers are missing.</source>
        <translation>Recibido; faltan respuestas.</translation>
    </message>
    <message>
        <source>Received.</source>
        <translation>Recibido.</translation>
    </message>
    <message>
        <source>Marked as needing information.</source>
        <translation>Marcado como falta información.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Falta: %1.</translation>
    </message>
    <message>
        <source>Screened in, no volunteer yet.</source>
        <translation>Admitido, aún sin voluntario.</translation>
    </message>
    <message>
        <source>Exhaustion ripe since %1: a motion may be filed.</source>
        <translation>Agotamiento cumplido desde el %1: puede presentarse una moción.</translation>
    </message>
    <message numerus="yes">
        <source>Exhaustion ripe on %1, in %n day(s).</source>
        <translation>
            <numerusform>Agotamiento cumplido el %1, en %n día.</numerusform>
            <numerusform>Agotamiento cumplido el %1, en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>age prong met on %1</source>
        <translation>requisito de edad cumplido el %1</translation>
    </message>
    <message>
        <source>10 years served on %1</source>
        <translation>10 años de condena cumplidos el %1</translation>
    </message>
    <message numerus="yes">
        <source>With %1; no change for %n day(s).</source>
        <translation>
            <numerusform>Con %1; sin cambios durante %n día.</numerusform>
            <numerusform>Con %1; sin cambios durante %n días.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Training expires on %1, in %n day(s).</source>
        <translation>
            <numerusform>La capacitación vence el %1, en %n día.</numerusform>
            <numerusform>La capacitación vence el %1, en %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source> (for %1)</source>
        <translation> (para %1)</translation>
    </message>
    <message>
        <source>Overdue: %1%2</source>
        <translation>Vencido: %1%2</translation>
    </message>
    <message>
        <source>Due: %1%2</source>
        <translation>Vence: %1%2</translation>
    </message>
    <message>
        <source>Urgent. Screened in, no volunteer yet.</source>
        <translation>Urgente. Admitido, aún sin voluntario.</translation>
    </message>
</context>
</TS>

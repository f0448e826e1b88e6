<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419">
<context>
    <name>AccessibilityButton</name>
    <message>
        <source>Accessibility options: speech, high contrast, large text, lower screen</source>
        <translation>Opciones de accesibilidad: voz, alto contraste, texto grande, bajar la pantalla</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
</context>
<context>
    <name>AccessibilityLayer</name>
    <message>
        <source>%1, selected</source>
        <translation>%1, seleccionado</translation>
    </message>
    <message>
        <source>%1, not selected</source>
        <translation>%1, no seleccionado</translation>
    </message>
    <message>
        <source>Move with Tab or the arrow keys, select with Enter, go back with Escape, and press F1 for help.</source>
        <translation>Muévete con Tab o las flechas, elige con Enter, regresa con Escape y presiona F1 para obtener ayuda.</translation>
    </message>
    <message>
        <source>%1, unavailable</source>
        <translation>%1, no disponible</translation>
    </message>
    <message>
        <source>Are you still there? Your order will be cancelled in %1 seconds.</source>
        <translation>¿Sigues ahí? Tu pedido se cancelará en %1 segundos.</translation>
    </message>
    <message>
        <source>The screen is lowered: everything is in the bottom half.</source>
        <translation>La pantalla está bajada: todo está en la mitad inferior.</translation>
    </message>
</context>
<context>
    <name>AccessibilityPanel</name>
    <message>
        <source>Accessibility options</source>
        <translation>Opciones de accesibilidad</translation>
    </message>
    <message>
        <source>%1: on</source>
        <translation>%1: activado</translation>
    </message>
    <message>
        <source>%1: off</source>
        <translation>%1: desactivado</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Accessibility</source>
        <translation>Accesibilidad</translation>
    </message>
    <message>
        <source>Move with Tab or the arrow keys, select with Enter, go back with Escape, and press F1 for help.</source>
        <translation>Muévete con Tab o las flechas, elige con Enter, regresa con Escape y presiona F1 para obtener ayuda.</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>Texto grande</translation>
    </message>
    <message>
        <source>Lower the screen</source>
        <translation>Bajar la pantalla</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>Speech volume: %1 %</source>
        <translation>Volumen de la voz: %1 %</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Turn the accessibility mode off</source>
        <translation>Desactivar el modo de accesibilidad</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Close the accessibility options</source>
        <translation>Cerrar las opciones de accesibilidad</translation>
    </message>
</context>
<context>
    <name>AllergenIcons</name>
    <message>
        <source>Milk</source>
        <translation>Leche</translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation>Huevo</translation>
    </message>
    <message>
        <source>Fish</source>
        <translation>Pescado</translation>
    </message>
    <message>
        <source>Shellfish</source>
        <translation>Mariscos</translation>
    </message>
    <message>
        <source>Tree nuts</source>
        <translation>Nueces</translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation>Cacahuates</translation>
    </message>
    <message>
        <source>Wheat</source>
        <translation>Trigo</translation>
    </message>
    <message>
        <source>Soy</source>
        <translation>Soya</translation>
    </message>
    <message>
        <source>Sesame</source>
        <translation>Ajonjolí</translation>
    </message>
    <message>
        <source>Contains: %1</source>
        <translation>Contiene: %1</translation>
    </message>
</context>
<context>
    <name>AttractPage</name>
    <message>
        <source>Touch to order</source>
        <translation>Toca para ordenar</translation>
    </message>
    <message>
        <source>Order here, pay at the counter</source>
        <translation>Ordena aquí y paga en el mostrador</translation>
    </message>
    <message>
        <source>Toca para ordenar</source>
        <comment>invitation in the other language</comment>
        <extracomment>The invitation in the kiosk&apos;s other language, shown under &quot;Touch to order&quot;. The English screen shows this Spanish source text; the Spanish screen shows its translation, which must be in English.</extracomment>
        <translation>Touch to order</translation>
    </message>
    <message>
        <source>%1. Touch the screen or press Enter to order.</source>
        <translation>%1. Toca la pantalla o presiona Enter para ordenar.</translation>
    </message>
    <message>
        <source>Order here, pay by card or at the counter</source>
        <translation>Ordena aquí y paga con tarjeta o en el mostrador</translation>
    </message>
    <message>
        <source>Order here and pay by card</source>
        <translation>Pide aquí y paga con tarjeta</translation>
    </message>
</context>
<context>
    <name>CallStaffButton</name>
    <message>
        <source>Call staff: a member of staff comes to help you</source>
        <translation>Llamar al personal: alguien del personal viene a ayudarte</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>Llamar al personal</translation>
    </message>
</context>
<context>
    <name>CallStaffMessage</name>
    <message>
        <source>Staff are already on the way</source>
        <translation>El personal ya viene en camino</translation>
    </message>
    <message>
        <source>Please ask at the counter</source>
        <translation>Por favor, pregunta en el mostrador</translation>
    </message>
    <message>
        <source>Someone is on the way</source>
        <translation>Alguien viene en camino</translation>
    </message>
    <message>
        <source>This kiosk could not call a member of staff. Your order is safe; someone at the counter will help you.</source>
        <translation>Este quiosco no pudo llamar al personal. Tu pedido está a salvo; alguien en el mostrador te ayudará.</translation>
    </message>
    <message>
        <source>A member of staff will come to this kiosk shortly. Your order stays just as it is.</source>
        <translation>Alguien del personal vendrá a este quiosco en breve. Tu pedido se queda tal como está.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>CartButton</name>
    <message>
        <source>View order, it is empty</source>
        <translation>Ver pedido; está vacío</translation>
    </message>
    <message>
        <source>View order</source>
        <translation>Ver pedido</translation>
    </message>
    <message>
        <source>View order. Items: %1. Total: %2</source>
        <translation>Ver pedido. Productos: %1. Total: %2</translation>
    </message>
</context>
<context>
    <name>CartLineDelegate</name>
    <message>
        <source>%1 × %2, %3</source>
        <translation>%1 × %2, %3</translation>
    </message>
    <message>
        <source>No longer available – please remove</source>
        <translation>Ya no está disponible: quítalo, por favor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <source>%1 × %2: %3, %4</source>
        <translation>%1 × %2: %3, %4</translation>
    </message>
    <message>
        <source>Part of this meal is no longer available – please remove</source>
        <translation>Parte de este combo ya no está disponible: quítalo, por favor</translation>
    </message>
</context>
<context>
    <name>CartPage</name>
    <message>
        <source>Your order is empty. Add something from the menu first.</source>
        <translation>Tu pedido está vacío. Primero agrega algo del menú.</translation>
    </message>
    <message>
        <source>Some items are no longer available. Please remove them to continue.</source>
        <translation>Algunos productos ya no están disponibles. Quítalos para continuar.</translation>
    </message>
    <message>
        <source>Please tell us whether you eat here or take out.</source>
        <translation>Dinos si vas a comer aquí o si es para llevar.</translation>
    </message>
    <message>
        <source>Add more items</source>
        <translation>Agregar más</translation>
    </message>
    <message>
        <source>Place order</source>
        <translation>Hacer pedido</translation>
    </message>
    <message>
        <source>Your order</source>
        <translation>Tu pedido</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Para llevar</translation>
    </message>
    <message>
        <source>Eat here</source>
        <translation>Para comer aquí</translation>
    </message>
    <message>
        <source>Your order is empty</source>
        <translation>Tu pedido está vacío</translation>
    </message>
    <message>
        <source>Pick something delicious from the menu.</source>
        <translation>Elige algo delicioso del menú.</translation>
    </message>
    <message>
        <source>This kiosk cannot take orders right now, please order at the counter</source>
        <translation>Este quiosco no puede recibir pedidos en este momento, por favor ordena en el mostrador</translation>
    </message>
    <message>
        <source>Your order, total %1</source>
        <translation>Tu pedido, total %1</translation>
    </message>
    <message>
        <source>Place order, total %1</source>
        <translation>Hacer pedido, total %1</translation>
    </message>
    <message>
        <source>Code %1: %2</source>
        <translation>Código %1: %2</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove promo code %1</source>
        <translation>Quitar el código promocional %1</translation>
    </message>
    <message>
        <source>Have a promo code?</source>
        <translation>¿Tienes un código promocional?</translation>
    </message>
</context>
<context>
    <name>CartSummary</name>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Rewards discount</source>
        <translation>Descuento por recompensas</translation>
    </message>
    <message>
        <source>Includes tax</source>
        <translation>Impuestos incluidos</translation>
    </message>
    <message>
        <source>Promo code %1: %2</source>
        <translation>Código promocional %1: %2</translation>
    </message>
</context>
<context>
    <name>ComboChoiceDelegate</name>
    <message>
        <source>%1, sold out</source>
        <translation>%1, agotado</translation>
    </message>
    <message>
        <source>%1, %2, chosen</source>
        <translation>%1, %2, elegido</translation>
    </message>
    <message>
        <source>%1, chosen</source>
        <translation>%1, elegido</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluido</translation>
    </message>
</context>
<context>
    <name>ComboFooter</name>
    <message>
        <source>Meal price: %1</source>
        <translation>Precio del combo: %1</translation>
    </message>
    <message>
        <source>You save %1</source>
        <translation>Ahorras %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to the choices</source>
        <translation>Regresar a las opciones</translation>
    </message>
    <message>
        <source>Back to the menu</source>
        <translation>Regresar al menú</translation>
    </message>
    <message>
        <source>Back to the previous step</source>
        <translation>Regresar al paso anterior</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Add meal to order · %1</source>
        <translation>Agregar combo al pedido · %1</translation>
    </message>
</context>
<context>
    <name>ComboPage</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
    </message>
    <message>
        <source>%1, %2. Choose your options.</source>
        <translation>%1, %2. Elige tus opciones.</translation>
    </message>
    <message>
        <source>%1, %2. %3.</source>
        <translation>%1, %2. %3.</translation>
    </message>
    <message>
        <source>Steps of the meal</source>
        <translation>Pasos del combo</translation>
    </message>
    <message>
        <source>Options for %1</source>
        <translation>Opciones de %1</translation>
    </message>
    <message>
        <source>Your meal</source>
        <translation>Tu combo</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Incluido</translation>
    </message>
</context>
<context>
    <name>ComboStepTab</name>
    <message>
        <source>Step %1: %2, current</source>
        <translation>Paso %1: %2, actual</translation>
    </message>
    <message>
        <source>Step %1: %2, done</source>
        <translation>Paso %1: %2, listo</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
</context>
<context>
    <name>ComboSummaryRow</name>
    <message>
        <source>Not chosen yet</source>
        <translation>Sin elegir todavía</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Change %1: %2</source>
        <translation>Cambiar %1: %2</translation>
    </message>
</context>
<context>
    <name>ConfirmationPage</name>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>Your order number</source>
        <translation>Tu número de orden</translation>
    </message>
    <message>
        <source>Your order number is %1</source>
        <translation>Tu número de orden es %1</translation>
    </message>
    <message>
        <source>Total · take out</source>
        <translation>Total · para llevar</translation>
    </message>
    <message>
        <source>Total · eat here</source>
        <translation>Total · para comer aquí</translation>
    </message>
    <message>
        <source>Please pay at the counter. We will call your number when your food is ready.</source>
        <translation>Paga en el mostrador. Te llamaremos por tu número cuando tu comida esté lista.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>This screen closes in %1 s</source>
        <translation>Esta pantalla se cerrará en %1 s</translation>
    </message>
    <message>
        <source>Thank you! Your order number is %1. Total %2. Please pay at the counter.</source>
        <translation>¡Gracias! Tu número de pedido es %1. Total %2. Por favor, paga en el mostrador.</translation>
    </message>
    <message>
        <source>Thank you! Your order number is %1. Total %2. Paid by card.</source>
        <translation>¡Gracias! Tu número de pedido es %1. Total %2. Pagado con tarjeta.</translation>
    </message>
    <message>
        <source>Paid by card. We will call your number when your food is ready.</source>
        <translation>Pagado con tarjeta. Te llamaremos por tu número cuando tu comida esté lista.</translation>
    </message>
    <message>
        <source>Please remember your order number</source>
        <translation>Recuerda tu número de orden</translation>
    </message>
    <message>
        <source>Please remember your order number: %1</source>
        <translation>Recuerda tu número de orden: %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsConfigPage</name>
    <message>
        <source>Version in force</source>
        <translation>Versión vigente</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Aplicada el</translation>
    </message>
    <message>
        <source>Change waiting</source>
        <translation>Cambio en espera</translation>
    </message>
    <message>
        <source>Yes, after the current order</source>
        <translation>Sí, después del pedido actual</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Last rejected change</source>
        <translation>Último cambio rechazado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Database recovery</source>
        <translation>Recuperación de la base de datos</translation>
    </message>
    <message>
        <source>None needed</source>
        <translation>No fue necesaria</translation>
    </message>
    <message>
        <source>Reload config now</source>
        <translation>Recargar la configuración ahora</translation>
    </message>
    <message>
        <source>Menu objects not mapped</source>
        <translation>Objetos del menú no incorporados</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCustomersPage</name>
    <message>
        <source>no answers</source>
        <translation>sin respuestas</translation>
    </message>
    <message>
        <source>%1 (%2 answered)</source>
        <translation>%1 (respondieron %2)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Satisfaction (CSAT, 1–5)</source>
        <translation>Satisfacción (CSAT, 1–5)</translation>
    </message>
    <message>
        <source>Net Promoter Score (−100 to 100)</source>
        <translation>Net Promoter Score (−100 a 100)</translation>
    </message>
    <message>
        <source>Feedback received</source>
        <translation>Opiniones recibidas</translation>
    </message>
    <message>
        <source>NPS is the share of 9–10 answers minus the share of 0–6 answers.</source>
        <translation>El NPS es el porcentaje de respuestas de 9–10 menos el porcentaje de respuestas de 0–6.</translation>
    </message>
    <message>
        <source>Open calls for staff: %1</source>
        <translation>Llamadas al personal abiertas: %1</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>ABIERTA</translation>
    </message>
    <message>
        <source>Called at %1 (%2)</source>
        <translation>Llamada a las %1 (%2)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Resolver</translation>
    </message>
    <message>
        <source>Clear the call made at %1</source>
        <translation>Resolver la llamada de las %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsDevicePage</name>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosco</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Versión de la app</translation>
    </message>
    <message>
        <source>Qt version</source>
        <translation>Versión de Qt</translation>
    </message>
    <message>
        <source>Up for</source>
        <translation>Encendido hace</translation>
    </message>
    <message>
        <source>%1 h %2 min %3 s</source>
        <translation>%1 h %2 min %3 s</translation>
    </message>
    <message>
        <source>Free disk (data)</source>
        <translation>Disco libre (datos)</translation>
    </message>
    <message>
        <source>Memory in use</source>
        <translation>Memoria en uso</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
</context>
<context>
    <name>DiagnosticsErrorsPage</name>
    <message>
        <source>Recent warnings and errors: %1</source>
        <translation>Advertencias y errores recientes: %1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>WARNING</source>
        <translation>ADVERTENCIA</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
</context>
<context>
    <name>DiagnosticsHealthPage</name>
    <message>
        <source>Overall</source>
        <translation>General</translation>
    </message>
    <message>
        <source>No health checks yet.</source>
        <translation>Todavía no hay comprobaciones.</translation>
    </message>
    <message>
        <source>No value observed yet</source>
        <translation>Todavía sin valor</translation>
    </message>
</context>
<context>
    <name>DiagnosticsMenuPage</name>
    <message>
        <source>Not done: %1</source>
        <translation>No se hizo: %1</translation>
    </message>
    <message>
        <source>A paused item is sold out on every kiosk of the store until the time shown, or until you resume it.</source>
        <translation>Un producto pausado aparece agotado en todos los quioscos de la tienda hasta la hora indicada o hasta que lo reanude.</translation>
    </message>
    <message>
        <source>A paused item is sold out on this kiosk until the time shown, or until you resume it.</source>
        <translation>Un producto pausado aparece agotado en este quiosco hasta la hora indicada o hasta que lo reanude.</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Pausado: %1</translation>
    </message>
    <message>
        <source>Back on sale: %1</source>
        <translation>De nuevo a la venta: %1</translation>
    </message>
</context>
<context>
    <name>DiagnosticsNetworkPage</name>
    <message>
        <source>Backend</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Certificate checks are off: lab use only, never in a store.</source>
        <translation>La verificación de certificados está desactivada: solo para laboratorio, nunca en una tienda.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Test the connection now</source>
        <translation>Probar la conexión ahora</translation>
    </message>
    <message>
        <source>The backend answered.</source>
        <translation>El servidor respondió.</translation>
    </message>
    <message>
        <source>The backend did not answer well.</source>
        <translation>El servidor no respondió bien.</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Estado HTTP</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Tested at</source>
        <translation>Probada a las</translation>
    </message>
</context>
<context>
    <name>DiagnosticsOutboxPage</name>
    <message>
        <source>Adjusted by the backend</source>
        <translation>Ajustado por el servidor</translation>
    </message>
    <message>
        <source>Order %1: reward &apos;%2&apos; refused by the backend: %3</source>
        <translation>Pedido %1: el servidor rechazó la recompensa &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>Order %1: %2 &apos;%3&apos; refused by the backend: %4</source>
        <translation>Pedido %1: el servidor rechazó %2 &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1, failed: %2</source>
        <translation>Por enviar: %1, fallidas: %2</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDA</translation>
    </message>
    <message>
        <source>PENDING</source>
        <translation>PENDIENTE</translation>
    </message>
    <message>
        <source>#%1 %2 %3</source>
        <translation>n.º %1 %2 %3</translation>
    </message>
    <message>
        <source>Created %1, attempts: %2</source>
        <translation>Creada %1, intentos: %2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Discard…</source>
        <translation>Descartar…</translation>
    </message>
    <message>
        <source>Discard entry #%1?</source>
        <translation>¿Descartar la entrada n.º %1?</translation>
    </message>
    <message>
        <source>It will never be sent to the backend. It stays on record in the kiosk&apos;s database.</source>
        <translation>Nunca se enviará al servidor. Queda registrada en la base de datos del kiosco.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Staff diagnostics</source>
        <translation>Diagnóstico para el personal</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Envíos pendientes</translation>
    </message>
    <message>
        <source>Recent errors</source>
        <translation>Errores recientes</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Impresora</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPaymentsPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>saved, not yet sent</source>
        <translation>guardado, aún no enviado</translation>
    </message>
    <message>
        <source>waiting for the card reader</source>
        <translation>esperando al lector de tarjetas</translation>
    </message>
    <message>
        <source>at the card reader</source>
        <translation>en el lector de tarjetas</translation>
    </message>
    <message>
        <source>Card payment is off: every order is paid at the counter (payment.mode).</source>
        <translation>El pago con tarjeta está desactivado: todos los pedidos se pagan en el mostrador (payment.mode).</translation>
    </message>
    <message>
        <source>Card payments today</source>
        <translation>Pagos con tarjeta hoy</translation>
    </message>
    <message>
        <source>%1, total %2</source>
        <translation>%1, total %2</translation>
    </message>
    <message>
        <source>Declined today</source>
        <translation>Rechazados hoy</translation>
    </message>
    <message>
        <source>Cancelled today</source>
        <translation>Cancelados hoy</translation>
    </message>
    <message>
        <source>Unsettled payments: %1</source>
        <translation>Pagos sin resolver: %1</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Order %1, %2: %3</source>
        <translation>Pedido %1, %2: %3</translation>
    </message>
    <message>
        <source>Open for %1, past the time at the terminal; payment %2</source>
        <translation>Abierto desde hace %1, fuera del tiempo en el terminal; pago %2</translation>
    </message>
    <message>
        <source>Open for %1; payment %2</source>
        <translation>Abierto desde hace %1; pago %2</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Paid, but the customer never saw the number: %1</source>
        <translation>Pagados, pero el cliente nunca vio el número: %1</translation>
    </message>
    <message>
        <source>Order number %1, paid %2 at %3: hand this number over to the customer</source>
        <translation>Pedido número %1, pagado %2 a las %3: entregue este número al cliente</translation>
    </message>
    <message>
        <source>Hand this number over: paid %1 at %2</source>
        <translation>Entregue este número: pagado %1 a las %2</translation>
    </message>
    <message>
        <source>Paid, but the backend did not take the order: %1</source>
        <translation>Pagados, pero el servidor no aceptó el pedido: %1</translation>
    </message>
    <message>
        <source>Order %1, %2 paid at %3: refund at the point of sale (%4)</source>
        <translation>Pedido %1, %2 pagado a las %3: reembolse en el punto de venta (%4)</translation>
    </message>
    <message>
        <source>Payment id: %1</source>
        <translation>Id. del pago: %1</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Number %1 handed over</source>
        <translation>Número %1 entregado</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Order %1 refunded at the point of sale</source>
        <translation>Pedido %1 reembolsado en el punto de venta</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPinPage</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Staff diagnostics</source>
        <translation>Diagnóstico para el personal</translation>
    </message>
    <message>
        <source>Enter the staff PIN</source>
        <translation>Ingresa el PIN del personal</translation>
    </message>
    <message>
        <source>Digits entered: %1</source>
        <translation>Dígitos ingresados: %1</translation>
    </message>
    <message>
        <source>No staff PIN is set. Set one with kioskctl pin-set.</source>
        <translation>No hay un PIN del personal. Defínelo con kioskctl pin-set.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1:%2.</source>
        <translation>Demasiados PIN incorrectos. Intenta de nuevo en %1:%2.</translation>
    </message>
    <message>
        <source>Wrong PIN. Attempts left: %1.</source>
        <translation>PIN incorrecto. Intentos restantes: %1.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPrinterPage</name>
    <message>
        <source>No printer is set up (printer.kind is &quot;none&quot;): the kiosk prints no tickets.</source>
        <translation>No hay impresora configurada (printer.kind es &quot;none&quot;): el quiosco no imprime tickets.</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Aún no se ha comprobado.</translation>
    </message>
    <message>
        <source>Ready to print, but the paper roll is nearly used up: change it soon.</source>
        <translation>Lista para imprimir, pero el rollo de papel casi se acaba: cámbialo pronto.</translation>
    </message>
    <message>
        <source>Ready to print.</source>
        <translation>Lista para imprimir.</translation>
    </message>
    <message>
        <source>Out of paper: put in a new roll.</source>
        <translation>Sin papel: pon un rollo nuevo.</translation>
    </message>
    <message>
        <source>The cover is open: close it.</source>
        <translation>La tapa está abierta: ciérrala.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the printer: check that it is on and connected.</source>
        <translation>El quiosco no llega a la impresora: comprueba que esté encendida y conectada.</translation>
    </message>
    <message>
        <source>The printer reports an error: turn it off and on again.</source>
        <translation>La impresora informa de un error: apágala y vuelve a encenderla.</translation>
    </message>
    <message>
        <source>NONE</source>
        <translation>NINGUNA</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>DESCONOCIDO</translation>
    </message>
    <message>
        <source>LOW PAPER</source>
        <translation>POCO PAPEL</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>LISTA</translation>
    </message>
    <message>
        <source>NO PAPER</source>
        <translation>SIN PAPEL</translation>
    </message>
    <message>
        <source>COVER OPEN</source>
        <translation>TAPA ABIERTA</translation>
    </message>
    <message>
        <source>OFFLINE</source>
        <translation>SIN CONEXIÓN</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <source>Not sent: no printer</source>
        <translation>No enviado: no hay impresora</translation>
    </message>
    <message>
        <source>Reprinting order %1</source>
        <translation>Reimprimiendo la orden %1</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Last checked</source>
        <translation>Última comprobación</translation>
    </message>
    <message>
        <source>Print a test ticket</source>
        <translation>Imprimir un ticket de prueba</translation>
    </message>
    <message>
        <source>Test ticket sent to the printer</source>
        <translation>Ticket de prueba enviado a la impresora</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Asking the printer</source>
        <translation>Preguntando a la impresora</translation>
    </message>
    <message>
        <source>Tickets not printed: %1</source>
        <translation>Tickets sin imprimir: %1</translation>
    </message>
    <message>
        <source>Last orders</source>
        <translation>Últimas órdenes</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Aún no hay órdenes.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsStatusBadge</name>
    <message>
        <source>PASS</source>
        <translation>BIEN</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>AVISO</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLA</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>DESCONOCIDO</translation>
    </message>
</context>
<context>
    <name>DiagnosticsSuggestionsPage</name>
    <message>
        <source>Counts since the kiosk started. &quot;Make it a meal&quot; is the combo offered when its main item is added.</source>
        <translation>Cifras desde que se inició el quiosco. «Hacerlo combo» es el combo que se ofrece al agregar su producto principal.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>Ofrecidas</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptadas</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>%1: offered %2, accepted %3, %4</source>
        <translation>%1: ofrecida %2, aceptada %3, %4</translation>
    </message>
    <message>
        <source>Make it a meal</source>
        <translation>Hacerlo combo</translation>
    </message>
</context>
<context>
    <name>DineOptionPage</name>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Where will you enjoy your meal?</source>
        <translation>¿Dónde vas a disfrutar tu comida?</translation>
    </message>
    <message>
        <source>Eat here</source>
        <translation>Para comer aquí</translation>
    </message>
    <message>
        <source>Served on a tray</source>
        <translation>Te lo servimos en bandeja</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Para llevar</translation>
    </message>
    <message>
        <source>Packed in a bag</source>
        <translation>Te lo empacamos en bolsa</translation>
    </message>
</context>
<context>
    <name>FeedbackCard</name>
    <message>
        <source>How was your order today?</source>
        <translation>¿Qué tal tu pedido de hoy?</translation>
    </message>
    <message>
        <source>Very unhappy</source>
        <translation>Muy insatisfecho</translation>
    </message>
    <message>
        <source>Unhappy</source>
        <translation>Insatisfecho</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Happy</source>
        <translation>Satisfecho</translation>
    </message>
    <message>
        <source>Very happy</source>
        <translation>Muy satisfecho</translation>
    </message>
    <message>
        <source>How likely are you to recommend us to a friend?</source>
        <translation>¿Qué tan probable es que nos recomiendes a un amigo?</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 de 10</translation>
    </message>
    <message>
        <source>Not likely</source>
        <translation>Poco probable</translation>
    </message>
    <message>
        <source>Very likely</source>
        <translation>Muy probable</translation>
    </message>
    <message>
        <source>Add a comment</source>
        <translation>Agregar un comentario</translation>
    </message>
    <message>
        <source>Edit your comment</source>
        <translation>Editar tu comentario</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Sorry, we could not save your answer. Your order is not affected.</source>
        <translation>Lo sentimos, no pudimos guardar tu respuesta. Tu pedido no se ve afectado.</translation>
    </message>
    <message>
        <source>Thank you for your feedback!</source>
        <translation>¡Gracias por tu opinión!</translation>
    </message>
</context>
<context>
    <name>FeedbackKeyboard</name>
    <message>
        <source>Type your comment</source>
        <translation>Escribe tu comentario</translation>
    </message>
    <message>
        <source>Your comment: %1</source>
        <translation>Tu comentario: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Capital letter</source>
        <translation>Letra mayúscula</translation>
    </message>
    <message>
        <source>space</source>
        <translation>espacio</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <source>Delete the last letter</source>
        <translation>Borrar la última letra</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Done typing</source>
        <translation>Terminar de escribir</translation>
    </message>
    <message>
        <source>Accent on the next vowel</source>
        <translation>Acento en la siguiente vocal</translation>
    </message>
</context>
<context>
    <name>IdleWarningDialog</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <source>I need more time</source>
        <translation>Necesito más tiempo</translation>
    </message>
    <message>
        <source>Cancel order and start over</source>
        <translation>Cancelar pedido y empezar de nuevo</translation>
    </message>
    <message>
        <source>Seconds left: %1</source>
        <translation>Segundos restantes: %1</translation>
    </message>
    <message>
        <source>When the countdown ends, your order will be cancelled.</source>
        <translation>Cuando termine la cuenta regresiva, tu pedido se cancelará.</translation>
    </message>
</context>
<context>
    <name>ItemPage</name>
    <message>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>Please choose: %1</source>
        <translation>Elige: %1</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Regresar</translation>
    </message>
    <message>
        <source>Back to the menu</source>
        <translation>Regresar al menú</translation>
    </message>
    <message>
        <source>Add to order · %1</source>
        <translation>Agregar al pedido · %1</translation>
    </message>
    <message>
        <source>Options for %1</source>
        <translation>Opciones de %1</translation>
    </message>
    <message>
        <source>%1, %2. Choose your options.</source>
        <translation>%1, %2. Elige tus opciones.</translation>
    </message>
</context>
<context>
    <name>ItemSummary</name>
    <message>
        <source>%1 Cal</source>
        <translation>%1 Cal</translation>
    </message>
</context>
<context>
    <name>KioskApp</name>
    <message>
        <source>Added to your order</source>
        <translation>Agregado a tu pedido</translation>
    </message>
    <message>
        <source>Meal added to your order</source>
        <translation>Combo agregado a tu pedido</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>English</source>
        <extracomment>A language&apos;s own name: never translate it into the current language.</extracomment>
        <translation>English</translation>
    </message>
    <message>
        <source>Español</source>
        <extracomment>A language&apos;s own name: never translate it into the current language.</extracomment>
        <translation>Español</translation>
    </message>
    <message>
        <source>Change language to %1</source>
        <translation>Cambiar idioma a %1</translation>
    </message>
</context>
<context>
    <name>LoyaltyAnswerPanel</name>
    <message>
        <source>Looking you up</source>
        <translation>Buscándote</translation>
    </message>
    <message>
        <source>Looking you up…</source>
        <translation>Buscándote…</translation>
    </message>
    <message>
        <source>That number doesn&apos;t look right. Please check it and try again.</source>
        <translation>Ese número no parece correcto. Revísalo e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find that member.</source>
        <translation>No encontramos a ese socio.</translation>
    </message>
    <message>
        <source>Several members share this number. Who is ordering?</source>
        <translation>Varios socios comparten este número. ¿Quién está pidiendo?</translation>
    </message>
    <message>
        <source>Rewards are not available right now. You can still order as a guest.</source>
        <translation>Las recompensas no están disponibles ahora. Puedes pedir como invitado.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>I am %1</source>
        <translation>Soy %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Continue as guest</source>
        <translation>Continuar como invitado</translation>
    </message>
    <message>
        <source>New here? Join now and earn points on this order.</source>
        <translation>¿Eres nuevo? Únete ahora y gana puntos con este pedido.</translation>
    </message>
    <message>
        <source>Join rewards</source>
        <translation>Únete a las recompensas</translation>
    </message>
</context>
<context>
    <name>LoyaltyCartBanner</name>
    <message>
        <source>%1, you&apos;ll earn about %2 points with this order.</source>
        <translation>%1, ganarás unos %2 puntos con este pedido.</translation>
    </message>
    <message>
        <source>Are you a member? Sign in to earn points on this order.</source>
        <translation>¿Eres socio? Identifícate para ganar puntos con este pedido.</translation>
    </message>
    <message>
        <source>My rewards</source>
        <translation>Mis recompensas</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Identificarme</translation>
    </message>
</context>
<context>
    <name>LoyaltyIdentifyPanel</name>
    <message>
        <source>Sign in for rewards</source>
        <translation>Identifícate para tus recompensas</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Member number</source>
        <translation>Número de socio</translation>
    </message>
    <message>
        <source>Scan card</source>
        <translation>Escanear tarjeta</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Tu número de teléfono</translation>
    </message>
    <message>
        <source>Your member number</source>
        <translation>Tu número de socio</translation>
    </message>
    <message>
        <source>Find me</source>
        <translation>Buscarme</translation>
    </message>
    <message>
        <source>Hold the code on your rewards card or app under the scanner.</source>
        <translation>Acerca al lector el código de tu tarjeta o de la app de recompensas.</translation>
    </message>
</context>
<context>
    <name>LoyaltyJoinPanel</name>
    <message>
        <source>Join rewards</source>
        <translation>Únete a las recompensas</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>First name (optional): %1</source>
        <translation>Nombre (opcional): %1</translation>
    </message>
    <message>
        <source>First name (optional)</source>
        <translation>Nombre (opcional)</translation>
    </message>
    <message>
        <source>I agree to the rewards terms: %1</source>
        <translation>Acepto las condiciones de recompensas: %1</translation>
    </message>
    <message>
        <source>I agree to the rewards terms</source>
        <translation>Acepto las condiciones de recompensas</translation>
    </message>
    <message>
        <source>We couldn&apos;t sign you up just now. Please try again.</source>
        <translation>No pudimos registrarte ahora. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Joining…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>Join and earn %1 points on this order</source>
        <translation>Únete y gana %1 puntos con este pedido</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>First name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
</context>
<context>
    <name>LoyaltyKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the number</source>
        <translation>Borrar el número</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>Borrar el último dígito</translation>
    </message>
</context>
<context>
    <name>LoyaltyMemberPanel</name>
    <message>
        <source>1 point</source>
        <translation>1 punto</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>You don&apos;t have enough points for that reward.</source>
        <translation>No tienes suficientes puntos para esa recompensa.</translation>
    </message>
    <message>
        <source>Add the item to your order first, then redeem the reward.</source>
        <translation>Primero agrega el producto a tu pedido y luego canjea la recompensa.</translation>
    </message>
    <message>
        <source>We&apos;re offline, so only a small reward can be used on this order.</source>
        <translation>Estamos sin conexión: en este pedido solo se puede usar una recompensa pequeña.</translation>
    </message>
    <message>
        <source>That reward is already in your order.</source>
        <translation>Esa recompensa ya está en tu pedido.</translation>
    </message>
    <message>
        <source>That reward can&apos;t be used right now.</source>
        <translation>Esa recompensa no se puede usar ahora.</translation>
    </message>
    <message>
        <source>Hi %1!</source>
        <translation>¡Hola, %1!</translation>
    </message>
    <message>
        <source>Happy birthday! A treat is waiting for you in your rewards.</source>
        <translation>¡Feliz cumpleaños! Un regalo te espera en tus recompensas.</translation>
    </message>
    <message>
        <source>We&apos;re offline: these are your points as we last saw them.</source>
        <translation>Estamos sin conexión: estos son tus puntos según la última consulta.</translation>
    </message>
    <message>
        <source>%1 member</source>
        <translation>Socio %1</translation>
    </message>
    <message>
        <source>%1 to go for %2</source>
        <translation>Te faltan %1 para %2</translation>
    </message>
    <message>
        <source>%1 to go for %2 status</source>
        <translation>Te faltan %1 para el nivel %2</translation>
    </message>
    <message>
        <source>%1 was taken off: its item is no longer in your order.</source>
        <translation>Se quitó %1: su producto ya no está en tu pedido.</translation>
    </message>
    <message>
        <source>Your rewards</source>
        <translation>Tus recompensas</translation>
    </message>
    <message>
        <source>Rewards discount: %1</source>
        <translation>Descuento por recompensas: %1</translation>
    </message>
    <message>
        <source>Your usual</source>
        <translation>Lo de siempre</translation>
    </message>
    <message>
        <source>Welcome, %1! You&apos;re a member</source>
        <translation>¡Te damos la bienvenida, %1! Ya eres miembro</translation>
    </message>
    <message>
        <source>Welcome! You&apos;re a member</source>
        <translation>¡Te damos la bienvenida! Ya eres miembro</translation>
    </message>
    <message>
        <source>Hi!</source>
        <translation>¡Hola!</translation>
    </message>
    <message>
        <source>This order earns you about %1. Your welcome gift shows here as soon as we have it.</source>
        <translation>Este pedido te da unos %1. Tu regalo de bienvenida aparecerá aquí en cuanto lo tengamos.</translation>
    </message>
    <message>
        <source>Your welcome gift shows here as soon as we have it.</source>
        <translation>Tu regalo de bienvenida aparecerá aquí en cuanto lo tengamos.</translation>
    </message>
    <message>
        <source>This order earns you about %1.</source>
        <translation>Este pedido te da unos %1.</translation>
    </message>
</context>
<context>
    <name>LoyaltyOrderNote</name>
    <message>
        <source>%1, you earned 1 point!</source>
        <translation>¡%1, ganaste 1 punto!</translation>
    </message>
    <message>
        <source>%1, you earned %2 points!</source>
        <translation>¡%1, ganaste %2 puntos!</translation>
    </message>
    <message>
        <source>%1, you&apos;ll earn about %2 points with this order.</source>
        <translation>%1, ganarás unos %2 puntos con este pedido.</translation>
    </message>
</context>
<context>
    <name>LoyaltyPage</name>
    <message>
        <source>Rewards for %1</source>
        <translation>Recompensas de %1</translation>
    </message>
    <message>
        <source>Sign in for rewards</source>
        <translation>Identifícate para tus recompensas</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Continue ordering</source>
        <translation>Seguir pidiendo</translation>
    </message>
    <message>
        <source>Code from the card scanner</source>
        <translation>Código del lector de tarjetas</translation>
    </message>
    <message>
        <source>Your rewards</source>
        <translation>Tus recompensas</translation>
    </message>
    <message>
        <source>Join rewards</source>
        <translation>Únete a las recompensas</translation>
    </message>
    <message>
        <source>Welcome, %1! You&apos;re a member</source>
        <translation>¡Te damos la bienvenida, %1! Ya eres miembro</translation>
    </message>
    <message>
        <source>Welcome! You&apos;re a member</source>
        <translation>¡Te damos la bienvenida! Ya eres miembro</translation>
    </message>
</context>
<context>
    <name>LoyaltyRewardDelegate</name>
    <message>
        <source>%1 · free</source>
        <translation>%1 · gratis</translation>
    </message>
    <message>
        <source>%1 · 1 point</source>
        <translation>%1 · 1 punto</translation>
    </message>
    <message>
        <source>%1 · %2 points</source>
        <translation>%1 · %2 puntos</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Redeem</source>
        <translation>Canjear</translation>
    </message>
    <message>
        <source>Remove %1 from your order</source>
        <translation>Quitar %1 de tu pedido</translation>
    </message>
    <message>
        <source>Redeem %1</source>
        <translation>Canjear %1</translation>
    </message>
</context>
<context>
    <name>LoyaltyUsualDelegate</name>
    <message>
        <source>Not available today</source>
        <translation>No disponible hoy</translation>
    </message>
    <message>
        <source>Add %1 to your order</source>
        <translation>Agregar %1 a tu pedido</translation>
    </message>
</context>
<context>
    <name>MenuItemDelegate</name>
    <message>
        <source>%1, %2, %3 calories</source>
        <translation>%1, %2, %3 calorías</translation>
    </message>
    <message>
        <source>%1, sold out</source>
        <translation>%1, agotado</translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>%1 Cal</source>
        <translation>%1 Cal</translation>
    </message>
    <message>
        <source>%1, meal from %2, save %3</source>
        <translation>%1, combo desde %2, ahorra %3</translation>
    </message>
    <message>
        <source>%1, meal from %2</source>
        <translation>%1, combo desde %2</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Combo</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Ahorra %1</translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Para llevar</translation>
    </message>
    <message>
        <source>Eat here</source>
        <translation>Para comer aquí</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Menu. Pick a category, then an item.</source>
        <translation>Menú. Elige una categoría y luego un producto.</translation>
    </message>
</context>
<context>
    <name>MenuPauseDelegate</name>
    <message>
        <source>Sold out in the menu</source>
        <translation>Agotado en el menú</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>A la venta</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausado hasta las %1</translation>
    </message>
    <message>
        <source>Paused until tomorrow %1</source>
        <translation>Pausado hasta mañana a las %1</translation>
    </message>
    <message>
        <source>Paused until %1 %2</source>
        <translation>Pausado hasta el %1 a las %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Pause %1 for 1 hour</source>
        <translation>Pausar %1 durante 1 hora</translation>
    </message>
    <message>
        <source>4 hours</source>
        <translation>4 horas</translation>
    </message>
    <message>
        <source>Pause %1 for 4 hours</source>
        <translation>Pausar %1 durante 4 horas</translation>
    </message>
    <message>
        <source>Until tomorrow</source>
        <translation>Hasta mañana</translation>
    </message>
    <message>
        <source>Pause %1 until the next business day</source>
        <translation>Pausar %1 hasta el próximo día de operación</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Put %1 back on sale</source>
        <translation>Volver a poner %1 a la venta</translation>
    </message>
</context>
<context>
    <name>ModifierOptionDelegate</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ModifierSectionHeader</name>
    <message>
        <source>Required · choose %1</source>
        <translation>Obligatorio · elige %1</translation>
    </message>
    <message>
        <source>Required · choose %1 to %2</source>
        <translation>Obligatorio · elige de %1 a %2</translation>
    </message>
    <message>
        <source>Optional · choose up to %1</source>
        <translation>Opcional · elige hasta %1</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>Please choose</source>
        <translation>Elige una opción</translation>
    </message>
</context>
<context>
    <name>OfflineNotice</name>
    <message>
        <source>Orders are saved and will be sent automatically.</source>
        <translation>Los pedidos se guardan y se enviarán automáticamente.</translation>
    </message>
</context>
<context>
    <name>PaymentActions</name>
    <message>
        <source>Pay by card</source>
        <translation>Pagar con tarjeta</translation>
    </message>
    <message>
        <source>Pay by card on the card reader</source>
        <translation>Pagar con tarjeta en el lector de tarjetas</translation>
    </message>
    <message>
        <source>Try the card again</source>
        <translation>Intentar de nuevo con tarjeta</translation>
    </message>
    <message>
        <source>Pay at the counter</source>
        <translation>Pagar en el mostrador</translation>
    </message>
    <message>
        <source>Pay at the counter: your order number is shown next</source>
        <translation>Pagar en el mostrador: a continuación verás tu número de orden</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Cancel payment</source>
        <translation>Cancelar el pago</translation>
    </message>
    <message>
        <source>Back to your order</source>
        <translation>Regresar a tu pedido</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Order at the counter instead</source>
        <translation>Pedir en el mostrador</translation>
    </message>
    <message>
        <source>Order at the counter instead: this kiosk does not send your order</source>
        <translation>Pedir en el mostrador: este quiosco no envía tu pedido</translation>
    </message>
</context>
<context>
    <name>PaymentNumberCard</name>
    <message>
        <source>Your order number</source>
        <translation>Tu número de orden</translation>
    </message>
    <message>
        <source>Your order number is %1</source>
        <translation>Tu número de orden es %1</translation>
    </message>
</context>
<context>
    <name>PaymentPage</name>
    <message>
        <source>Total %1.</source>
        <translation>Total %1.</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Total a pagar</translation>
    </message>
</context>
<context>
    <name>PaymentWords</name>
    <message>
        <source>How would you like to pay?</source>
        <translation>¿Cómo quieres pagar?</translation>
    </message>
    <message>
        <source>Card payment is not available right now</source>
        <translation>El pago con tarjeta no está disponible en este momento</translation>
    </message>
    <message>
        <source>Follow the instructions on the card reader</source>
        <translation>Sigue las instrucciones del lector de tarjetas</translation>
    </message>
    <message>
        <source>Cancelling the payment</source>
        <translation>Cancelando el pago</translation>
    </message>
    <message>
        <source>Payment approved</source>
        <translation>Pago aprobado</translation>
    </message>
    <message>
        <source>Your card was declined</source>
        <translation>Tu tarjeta fue rechazada</translation>
    </message>
    <message>
        <source>The payment was cancelled</source>
        <translation>El pago se canceló</translation>
    </message>
    <message>
        <source>We could not confirm your payment</source>
        <translation>No pudimos confirmar tu pago</translation>
    </message>
    <message>
        <source>The card reader is busy</source>
        <translation>El lector de tarjetas está ocupado</translation>
    </message>
    <message>
        <source>This order cannot be paid by card</source>
        <translation>Este pedido no se puede pagar con tarjeta</translation>
    </message>
    <message>
        <source>This kiosk cannot take your order right now</source>
        <translation>Este quiosco no puede recibir tu pedido en este momento</translation>
    </message>
    <message>
        <source>You can pay at the counter instead.</source>
        <translation>Puedes pagar en el mostrador.</translation>
    </message>
    <message>
        <source>Getting the card reader ready…</source>
        <translation>Preparando el lector de tarjetas…</translation>
    </message>
    <message>
        <source>Waiting for the card reader…</source>
        <translation>Esperando al lector de tarjetas…</translation>
    </message>
    <message>
        <source>Tap, insert or swipe your card on the reader.</source>
        <translation>Acerca, inserta o desliza tu tarjeta en el lector.</translation>
    </message>
    <message>
        <source>Please wait for the card reader to confirm.</source>
        <translation>Espera a que el lector de tarjetas lo confirme.</translation>
    </message>
    <message>
        <source>The bank said: %1. No money was taken.</source>
        <translation>El banco respondió: %1. No se cobró nada.</translation>
    </message>
    <message>
        <source>No money was taken.</source>
        <translation>No se cobró nada.</translation>
    </message>
    <message>
        <source>Please try again in a moment, or pay at the counter.</source>
        <translation>Inténtalo de nuevo en un momento o paga en el mostrador.</translation>
    </message>
    <message>
        <source>Please order at the counter.</source>
        <translation>Por favor, ordena en el mostrador.</translation>
    </message>
    <message>
        <source>No money was taken. You can pay at the counter.</source>
        <translation>No se cobró nada. Puedes pagar en el mostrador.</translation>
    </message>
    <message>
        <source>No money was taken. Please ask a member of staff for help.</source>
        <translation>No se ha cobrado nada. Pida ayuda a un miembro del personal.</translation>
    </message>
    <message>
        <source>Please show this number to a member of staff. They will check whether your card was charged.</source>
        <translation>Muestra este número a alguien del personal. Revisarán si se hizo el cargo a tu tarjeta.</translation>
    </message>
    <message>
        <source>It was cancelled on the card reader. No money was taken.</source>
        <translation>Se canceló en el lector de tarjetas. No se cobró nada.</translation>
    </message>
    <message>
        <source>The card reader waited too long. No money was taken.</source>
        <translation>El lector de tarjetas esperó demasiado. No se cobró nada.</translation>
    </message>
    <message>
        <source>Ordering here is not available right now</source>
        <translation>Por ahora no se puede pedir aquí</translation>
    </message>
    <message>
        <source>Please order at the counter</source>
        <translation>Por favor, pide en el mostrador</translation>
    </message>
    <message>
        <source>This kiosk did not send your order and nothing was charged. A member of staff will take your order at the counter.</source>
        <translation>Este quiosco no envió tu pedido y no se cobró nada. Un miembro del personal tomará tu pedido en el mostrador.</translation>
    </message>
    <message>
        <source>Please try again in a moment, or order at the counter.</source>
        <translation>Inténtalo de nuevo en un momento o pide en el mostrador.</translation>
    </message>
    <message>
        <source>No money was taken. You can order at the counter.</source>
        <translation>No se cobró nada. Puedes pedir en el mostrador.</translation>
    </message>
</context>
<context>
    <name>PrinterFailedTicketDelegate</name>
    <message>
        <source>Test ticket</source>
        <translation>Ticket de prueba</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Orden %1</translation>
    </message>
    <message>
        <source>Queued at %1, given up at %2 after %3 tries</source>
        <translation>En cola a las %1, abandonado a las %2 tras %3 intentos</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
</context>
<context>
    <name>PrinterRecentOrderDelegate</name>
    <message>
        <source>Order %1 at %2, %3</source>
        <translation>Orden %1 a las %2, %3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>PrinterReprintButton</name>
    <message>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <source>Reprint the ticket of order %1</source>
        <translation>Reimprimir el ticket de la orden %1</translation>
    </message>
</context>
<context>
    <name>PromoEntryPanel</name>
    <message>
        <source>Promo code %1 applied</source>
        <translation>Código promocional %1 aplicado</translation>
    </message>
    <message>
        <source>Enter your promo code</source>
        <translation>Introduce tu código promocional</translation>
    </message>
    <message>
        <source>Type it below, or scan it.</source>
        <translation>Escríbelo abajo o escanéalo.</translation>
    </message>
    <message>
        <source>Promo code: %1</source>
        <translation>Código promocional: %1</translation>
    </message>
    <message>
        <source>Promo code</source>
        <translation>Código promocional</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Apply code</source>
        <translation>Aplicar código</translation>
    </message>
</context>
<context>
    <name>PromoMessage</name>
    <message>
        <source>That doesn&apos;t look like a code</source>
        <translation>Eso no parece un código</translation>
    </message>
    <message>
        <source>We don&apos;t recognise that code</source>
        <translation>No reconocemos ese código</translation>
    </message>
    <message>
        <source>We can&apos;t check codes right now. Try again, or order without it.</source>
        <translation>Ahora no podemos comprobar códigos. Inténtalo de nuevo o pide sin él.</translation>
    </message>
    <message>
        <source>%1 starts on %2</source>
        <translation>%1 es válido desde el %2</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 caducó el %2</translation>
    </message>
    <message>
        <source>Add %1 more to use %2</source>
        <translation>Añade %1 más para usar %2</translation>
    </message>
    <message>
        <source>Add a %1 to use this code</source>
        <translation>Añade %1 a tu pedido para usar este código</translation>
    </message>
    <message>
        <source>%1 doesn&apos;t combine with rewards</source>
        <translation>%1 no se combina con recompensas</translation>
    </message>
</context>
<context>
    <name>QuantityStepper</name>
    <message>
        <source>Quantity: %1</source>
        <translation>Cantidad: %1</translation>
    </message>
    <message>
        <source>Decrease quantity, now %1</source>
        <translation>Disminuir la cantidad, ahora %1</translation>
    </message>
    <message>
        <source>Increase quantity, now %1</source>
        <translation>Aumentar la cantidad, ahora %1</translation>
    </message>
</context>
<context>
    <name>RewardsButton</name>
    <message>
        <source>Rewards for %1</source>
        <translation>Recompensas de %1</translation>
    </message>
    <message>
        <source>Rewards: sign in as a member</source>
        <translation>Recompensas: identifícate como socio</translation>
    </message>
    <message>
        <source>Rewards</source>
        <translation>Recompensas</translation>
    </message>
</context>
<context>
    <name>SuggestionPrompt</name>
    <message>
        <source>Make it a meal? %1 %2</source>
        <translation>¿Lo hacemos combo? %1 %2</translation>
    </message>
    <message>
        <source>Add %1 for %2?</source>
        <translation>¿Agregar %1 por %2?</translation>
    </message>
    <message>
        <source>Make it a meal?</source>
        <translation>¿Lo hacemos combo?</translation>
    </message>
    <message>
        <source>Add %1?</source>
        <translation>¿Agregar %1?</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Only %1 more</source>
        <translation>Solo %1 más</translation>
    </message>
    <message>
        <source>Make it a meal</source>
        <translation>Hacerlo combo</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Make it a meal: %1</source>
        <translation>Hacerlo combo: %1</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Agregar %1</translation>
    </message>
    <message>
        <source>No thanks</source>
        <translation>No, gracias</translation>
    </message>
</context>
</TS>

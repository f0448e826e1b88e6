<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419">
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
        <source>This kiosk cannot take orders right now. Please order at the counter.</source>
        <translation>Este quiosco no puede recibir pedidos en este momento. Por favor, ordena en el mostrador.</translation>
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
    <name>OutOfServicePage</name>
    <message>
        <source>Sorry, this kiosk is out of service</source>
        <translation>Lo sentimos, este quiosco está fuera de servicio</translation>
    </message>
    <message>
        <source>Please order at the counter.</source>
        <translation>Por favor, ordena en el mostrador.</translation>
    </message>
</context>
<context>
    <name>QuantityStepper</name>
    <message>
        <source>Decrease quantity</source>
        <translation>Disminuir cantidad</translation>
    </message>
    <message>
        <source>Quantity: %1</source>
        <translation>Cantidad: %1</translation>
    </message>
    <message>
        <source>Increase quantity</source>
        <translation>Aumentar cantidad</translation>
    </message>
</context>
</TS>

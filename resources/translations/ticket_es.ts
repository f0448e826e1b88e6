<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_US">
<context>
    <name>Ticket</name>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Impuesto</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Includes %1 tax</source>
        <translation>Incluye %1 de impuesto</translation>
    </message>
    <message>
        <source>Paid by %1 **** %2</source>
        <translation>Pagaste con %1 **** %2</translation>
    </message>
    <message>
        <source>Paid by card</source>
        <translation>Pagaste con tarjeta</translation>
    </message>
    <message>
        <source>PAY AT THE COUNTER</source>
        <translation>PAGA EN EL MOSTRADOR</translation>
    </message>
    <message>
        <source>Points earned: %1</source>
        <translation>Puntos ganados: %1</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pedido</translation>
    </message>
    <message>
        <source>Dine in</source>
        <translation>Para comer aquí</translation>
    </message>
    <message>
        <source>Take out</source>
        <translation>Para llevar</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>¡Gracias!</translation>
    </message>
    <message>
        <source>PRINTER TEST</source>
        <translation>PRUEBA DE IMPRESORA</translation>
    </message>
    <message>
        <source>columns</source>
        <translation>columnas</translation>
    </message>
    <message>
        <source>Accents:</source>
        <translation>Acentos:</translation>
    </message>
    <message>
        <source>  Promo %1</source>
        <translation>  Código promocional %1</translation>
    </message>
</context>
</TS>

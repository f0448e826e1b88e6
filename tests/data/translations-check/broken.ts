<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="es_419">
<context><name>Page</name>
<message><source>Done</source><translation>Listo</translation></message>
<message><source>Later</source><translation type="unfinished"></translation></message>
<message><source>Old</source><translation type="vanished">Viejo</translation></message>
<message><source>Hi %1</source><translation>Hola</translation></message>
<message numerus="yes"><source>%n item(s)</source><translation><numerusform>un artículo</numerusform><numerusform></numerusform></translation></message>
<message><source>Menu</source><comment>title</comment><translation>Menú</translation></message>
</context></TS>

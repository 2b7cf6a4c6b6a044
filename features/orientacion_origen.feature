# language: es
Característica: Orientación sobre el país de origen, en español (issue 27)
  La orientación se ofrece en el idioma del informe, con sus perfiles en riesgo; la fecha de evaluación
  es el 23 de noviembre de 2026.

  Escenario: Una hondureña amenazada por una pandilla, en México
    Dado la jurisdicción "MX"
    Y el idioma es "es"
    Y los hechos:
      | hecho                          | valor |
      | country_of_nationality         | HN    |
      | outside_country_of_nationality | sí    |
    Cuando se evalúa el caso
    Entonces la orientación sobre el país de origen incluye "HCR/EG/HND/16/03"
    Y la orientación sobre el país de origen incluye "https://docslib.org/doc/13078375"
    Y la orientación sobre el país de origen de fecha "2016-07-27" está "posiblemente desactualizada"

  Escenario: Haití: los perfiles en riesgo, en español
    Dado la jurisdicción "MX"
    Y el idioma es "es"
    Y los hechos:
      | hecho                          | valor |
      | country_of_nationality         | HT    |
      | outside_country_of_nationality | sí    |
    Cuando se evalúa el caso
    Entonces la orientación sobre el país de origen señala el perfil "periodistas"

/**
 * A small conforming API in YAML, written out so each test changes one
 * thing and expects exactly the findings that change makes.
 */
export interface BooksOptions {
  /** Extra query parameters of GET /v1/books, as YAML flow mappings. */
  listParameters?: string[];
  /** Extra lines under `paths:` (indented by two spaces). */
  extraPaths?: string;
  /** The name of the book identifier parameter. */
  bookParam?: string;
  description?: string;
}

export function booksApi(options: BooksOptions = {}): string {
  const param = options.bookParam ?? 'book_id';
  const listParameters = [
    "{ name: cursor, in: query, schema: { type: string } }",
    "{ name: limit, in: query, schema: { type: integer } }",
    ...(options.listParameters ?? []),
  ];
  return `openapi: 3.1.0
info:
  title: Books
  version: 1.0.0
  description: ${options.description ?? 'Books.'}
paths:
  /v1/books:
    get:
      operationId: listBooks
      summary: List books
      parameters:
${listParameters.map((parameter) => `        - ${parameter}`).join('\n')}
      responses:
        '200':
          description: A page of books
          content:
            application/json:
              schema: { $ref: '#/components/schemas/BookPage' }
  /v1/books/{${param}}:
    get:
      operationId: getBook
      summary: Get a book
      parameters:
        - { name: ${param}, in: path, required: true, schema: { type: string } }
      responses:
        '200':
          description: The book
          content:
            application/json:
              schema: { $ref: '#/components/schemas/BookEnvelope' }
${options.extraPaths ?? ''}components:
  schemas:
    Book:
      type: object
      required: [book_id, title]
      properties:
        book_id: { type: string }
        title: { type: string }
    BookEnvelope:
      type: object
      required: [data]
      properties:
        data: { $ref: '#/components/schemas/Book' }
    BookPage:
      type: object
      required: [data, next_cursor]
      properties:
        data: { type: array, items: { $ref: '#/components/schemas/Book' } }
        next_cursor: { anyOf: [{ type: string }, { type: 'null' }] }
`;
}

export const CONFIG = 'schemas:\n  - openapi.yaml\n';

/** A second, untouched operation carrying an old mistake: `/v1/authors?sortBy=`. */
export const AUTHORS_PATH = `  /v1/authors:
    get:
      operationId: listAuthors
      summary: List authors
      parameters:
        - { name: sortBy, in: query, schema: { type: string } }
      responses:
        '204': { description: Nothing }
`;
